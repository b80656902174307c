/**
 * Kubernetes manifests → a task definition: the first workload (Pod, Deployment, StatefulSet, ReplicaSet,
 * DaemonSet, Job, CronJob) of a (multi-document) YAML file becomes the task; its pod's containers the containers,
 * its init containers containers that run to completion first (dependsOn SUCCESS). Other documents are reported.
 */
import type { JsonObject } from '../../issues';
import type { MapContext, NetworkMode, TaskHints } from '../compose/context';
import { Reporter, isObj, scalarText } from '../compose/reporter';
import type { Obj } from '../compose/reporter';
import { assembleTask } from '../compose/task';
import { TaskVolumes } from '../compose/task-volumes';
import { readYamlDocuments } from '../compose/yaml-read';
import type { Importer, ImportOptions, ImportResult } from '../types';
import { mapPodContainer } from './pod-container';

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATH: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

export function looksLikeKubernetes(text: string): boolean {
  if (/^apiVersion\s*:/m.test(text) && /^kind\s*:/m.test(text)) return true;
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{')) return false;
  try {
    const value = JSON.parse(trimmed) as unknown;
    return isObj(value) && typeof value.apiVersion === 'string' && typeof value.kind === 'string';
  } catch {
    return false;
  }
}

const POD_KEYS = new Set([
  'containers',
  'initContainers',
  'volumes',
  'hostNetwork',
  'hostPID',
  'hostIPC',
  'securityContext',
  'terminationGracePeriodSeconds',
  'shareProcessNamespace',
]);
const POD_NOTES: Record<string, string> = {
  restartPolicy: 'ECS services replace stopped tasks; restartPolicy is left out (a container restartPolicy can restart one in place).',
  serviceAccountName: 'Give the task an IAM role (taskRoleArn) for what the service account allowed; left out.',
  serviceAccount: 'Give the task an IAM role (taskRoleArn) for what the service account allowed; left out.',
  nodeSelector: 'Use placementConstraints (EC2) or capacity providers instead; left out.',
  affinity: "Use placementConstraints (EC2) or the service's placement strategy instead; left out.",
  tolerations: 'ECS has no taints and tolerations; left out.',
  imagePullSecrets: 'Set repositoryCredentials (a Secrets Manager ARN) on each container for a private registry; left out.',
  dnsPolicy: 'ECS has no DNS policy; left out.',
  dnsConfig: 'Use dnsServers and dnsSearchDomains (bridge/host only); left out.',
  hostAliases: 'Use extraHosts (bridge/host only); left out.',
  priorityClassName: 'ECS has no priorities; left out.',
};

export function readKubernetes(text: string, options: ImportOptions): ImportResult {
  const read = readYamlDocuments(text);
  const fail = (message: string, report: Reporter | null = null): ImportResult => ({
    ok: false,
    format: 'kubernetes',
    message,
    report: [...(report?.entries ?? []), { severity: 'error', source: '', message }],
  });
  if (!read.ok) return fail(read.message);
  const documents = read.values.flatMap((value) =>
    isObj(value) && value.kind === 'List' && Array.isArray(value.items) ? value.items : [value],
  );
  const several = documents.length > 1;
  const root = Reporter.root();
  let workload: { doc: Obj; index: number } | undefined;
  documents.forEach((doc, index) => {
    const r = several ? root.at([index]) : root;
    if (doc === null || doc === undefined) return;
    const kind = isObj(doc) ? scalarText(doc.kind) : undefined;
    const name = isObj(doc) && isObj(doc.metadata) ? scalarText(doc.metadata.name) : undefined;
    if (!isObj(doc) || !kind) return r.warn([], 'Not a Kubernetes object (no kind); left out.');
    if (!(kind in POD_SPEC_PATH))
      return r.info([], `${kind} ${name ?? ''} is not a workload; left out (ECS services, load balancers and Secrets Manager cover it).`);
    if (workload) return r.warn([], `Only the first workload becomes the task; ${kind} ${name ?? ''} is left out: convert it on its own.`);
    workload = { doc, index };
  });
  if (!workload) return fail('No Pod, Deployment, StatefulSet, ReplicaSet, DaemonSet, Job or CronJob found.', root);
  const { doc } = workload;
  const r = several ? root.at([workload.index]) : root;
  const kind = String(doc.kind);
  const specPath = POD_SPEC_PATH[kind]!;
  let spec: unknown = doc;
  for (const key of specPath) spec = isObj(spec) ? spec[key] : undefined;
  if (!isObj(spec)) return fail(`The ${kind} has no pod spec at ${specPath.join('.')}.`, root);
  const pr = r.at(specPath);
  const workloadSpec = isObj(doc.spec) ? doc.spec : {};
  if (workloadSpec.replicas !== undefined)
    r.info(['spec', 'replicas'], "ECS runs several copies of a task through the service's desiredCount; replicas is left out.");
  if (kind === 'CronJob')
    r.info(
      ['spec', 'schedule'],
      `Run the task on a schedule with EventBridge Scheduler (${String(workloadSpec.schedule ?? '')}); the schedule is left out.`,
    );
  if (kind === 'DaemonSet') r.info([], 'A DaemonSet runs on every node: use an ECS service with the DAEMON scheduling strategy (EC2).');

  const launchType = options.launchType ?? 'fargate';
  let networkMode: NetworkMode = launchType === 'fargate' ? 'awsvpc' : 'bridge';
  if (spec.hostNetwork === true) {
    if (launchType === 'fargate') pr.warn(['hostNetwork'], 'Fargate has no host network; the task uses awsvpc.');
    else networkMode = 'host';
  }
  const hints: TaskHints = {};
  if (spec.hostPID === true) {
    if (launchType === 'fargate') pr.warn(['hostPID'], 'Fargate has no host PID namespace; left out.');
    else hints.pidMode = 'host';
  }
  if (spec.shareProcessNamespace === true) hints.pidMode ??= 'task';
  if (spec.hostIPC === true) {
    if (launchType === 'fargate') pr.warn(['hostIPC'], 'Fargate has no host IPC namespace; left out.');
    else hints.ipcMode = 'host';
  }
  // Pod volumes are declared by the pod itself; this only serves the shared context type.
  const volumes = new TaskVolumes(launchType, {}, pr);
  const taskVolumes = mapPodVolumes(spec.volumes, pr.at(['volumes']), launchType);
  const volumeNames = new Set(taskVolumes.map((v) => String(v.name)));
  const podSecurity = isObj(spec.securityContext) ? spec.securityContext : {};
  for (const key of Object.keys(podSecurity))
    if (key !== 'runAsUser' && key !== 'runAsGroup')
      pr.info(['securityContext', key], `securityContext.${key} has no ECS equivalent; left out.`);
  for (const key of Object.keys(spec))
    if (!POD_KEYS.has(key))
      pr.add(key === 'imagePullSecrets' ? 'warning' : 'info', [key], POD_NOTES[key] ?? `Pod key "${key}" has no ECS equivalent; left out.`);

  const wanted = new Set(options.services ?? []);
  const pick = (list: unknown, group: string) =>
    (Array.isArray(list) ? list : []).flatMap((c, i) => {
      const name = isObj(c) ? scalarText(c.name) : undefined;
      if (!isObj(c) || !name) {
        pr.warn([group, i], 'A container without a name; left out.');
        return [];
      }
      if (wanted.size && !wanted.has(name)) {
        pr.info([group, i], `Container "${name}" was not chosen; left out.`);
        return [];
      }
      return [{ source: c, name, path: [group, i] as (string | number)[] }];
    });
  const inits = pick(spec.initContainers, 'initContainers');
  const mains = pick(spec.containers, 'containers');
  if (mains.length === 0) return fail('The pod has no (chosen) containers.', root);
  const selected = new Set([...inits, ...mains].map((c) => c.name));
  const grace = typeof spec.terminationGracePeriodSeconds === 'number' ? spec.terminationGracePeriodSeconds : undefined;
  const build = ({ source, name, path }: { source: Obj; name: string; path: (string | number)[] }) => {
    const ctx: MapContext = { launchType, networkMode, name, r: pr.at(path), volumes, hints, selected };
    const container = mapPodContainer(source, ctx, podSecurity, volumeNames);
    if (grace !== undefined) {
      const limit = launchType === 'fargate' ? 120 : Infinity;
      if (grace > limit)
        pr.warn(
          ['terminationGracePeriodSeconds'],
          `Fargate allows a stop timeout up to 120 seconds; ${grace} is set to 120 for "${name}".`,
        );
      container.stopTimeout = Math.min(grace, limit);
    }
    return container;
  };
  const initContainers = inits.map(build);
  // Init containers run one after another, each after the previous one succeeded; the app containers after the last.
  initContainers.forEach((container, i) => {
    if (i > 0) container.dependsOn = [{ containerName: String(initContainers[i - 1]!.name), condition: 'SUCCESS' }];
  });
  const last = initContainers[initContainers.length - 1];
  const containers: JsonObject[] = mains.map(build);
  if (last) for (const container of containers) container.dependsOn = [{ containerName: String(last.name), condition: 'SUCCESS' }];
  const metadata = isObj(doc.metadata) ? doc.metadata : {};
  const family = scalarText(metadata.name) ?? mains[0]!.name;
  const task = assembleTask({
    family,
    containers: [...initContainers, ...containers],
    volumes: taskVolumes,
    launchType,
    networkMode,
    hints,
    r,
  });
  return { ok: true, format: 'kubernetes', doc: task, report: root.entries };
}

/** Pod volumes → task volumes: emptyDir (task storage), hostPath (EC2 host path); the others become empty task volumes, reported. */
function mapPodVolumes(list: unknown, r: Reporter, launchType: 'fargate' | 'ec2'): JsonObject[] {
  const out: JsonObject[] = [];
  (Array.isArray(list) ? list : []).forEach((volume, i) => {
    if (!isObj(volume) || typeof volume.name !== 'string') return r.warn([i], 'A volume without a name; left out.');
    const name = volume.name;
    if (isObj(volume.emptyDir)) {
      if (volume.emptyDir.medium === 'Memory')
        r.warn([i, 'emptyDir', 'medium'], 'An in-memory emptyDir becomes task storage on disk (tmpfs needs linuxParameters.tmpfs on EC2).');
      out.push({ name });
    } else if (isObj(volume.hostPath) && typeof volume.hostPath.path === 'string') {
      if (launchType === 'fargate') {
        r.warn([i, 'hostPath'], `Fargate has no host paths: "${volume.hostPath.path}" becomes an empty task volume; use EFS, or EC2.`);
        out.push({ name });
      } else out.push({ name, host: { sourcePath: volume.hostPath.path } });
    } else {
      const type = Object.keys(volume).find((k) => k !== 'name') ?? 'unknown';
      const hint =
        type === 'persistentVolumeClaim'
          ? ' Use an EFS volume (efsVolumeConfiguration) for data that must last.'
          : type === 'configMap' || type === 'secret'
            ? ' Bake the files into the image, or read them from SSM Parameter Store or Secrets Manager.'
            : '';
      r.warn([i, type], `The ${type} volume has no ECS equivalent; it becomes an empty task volume.${hint}`);
      out.push({ name });
    }
  });
  return out;
}

export const kubernetesImporter: Importer = {
  format: 'kubernetes',
  offers: ['services', 'launchType'],
  label: 'Kubernetes manifest',
  detect: looksLikeKubernetes,
  read: readKubernetes,
};
