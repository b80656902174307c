/** One Kubernetes container → one ECS container definition: resources, env and valueFrom, ports, mounts, probes, security. */
import type { JsonObject } from '../../issues';
import type { MapContext } from '../compose/context';
import { allowed } from '../compose/context';
import { clampHealth } from '../compose/healthcheck';
import type { Obj, Reporter } from '../compose/reporter';
import { isObj, quote, scalarText, stringList } from '../compose/reporter';
import { kubernetesCpuUnits, kubernetesMebibytes } from './quantities';

const SECRET_ARN = (secret: string, key: string) => `arn:aws:secretsmanager:\${AWS_REGION}:\${AWS_ACCOUNT_ID}:secret:${secret}:${key}::`;
const PARAMETER_ARN = (map: string, key: string) => `arn:aws:ssm:\${AWS_REGION}:\${AWS_ACCOUNT_ID}:parameter/${map}/${key}`;

function mapEnv(list: unknown, r: Reporter, container: JsonObject): void {
  const environment: JsonObject[] = [];
  const secrets: JsonObject[] = [];
  (Array.isArray(list) ? list : []).forEach((entry, i) => {
    if (!isObj(entry) || typeof entry.name !== 'string') {
      r.warn([i], `Cannot read ${quote(entry)} as an environment variable; left out.`);
      return;
    }
    const from = isObj(entry.valueFrom) ? entry.valueFrom : undefined;
    if (!from) {
      environment.push({ name: entry.name, value: scalarText(entry.value) ?? '' });
      if (typeof entry.value === 'string' && /\$\([A-Za-z_]/.test(entry.value))
        r.info([i, 'value'], 'ECS does not expand $(VAR) references; the value is kept as written.');
      return;
    }
    const ref = isObj(from.secretKeyRef) ? from.secretKeyRef : isObj(from.configMapKeyRef) ? from.configMapKeyRef : undefined;
    if (ref) {
      const isSecret = isObj(from.secretKeyRef);
      const source = String(ref.name ?? '');
      const key = String(ref.key ?? '');
      const valueFrom = isSecret ? SECRET_ARN(source, key) : PARAMETER_ARN(source, key);
      secrets.push({ name: entry.name, valueFrom });
      r.warn(
        [i, 'valueFrom'],
        isSecret
          ? `Secret ${source}/${key} becomes an ECS secret with the placeholder ARN ${valueFrom}: store it in Secrets Manager (key "${key}" of secret "${source}") and put the real ARN; the execution role needs secretsmanager:GetSecretValue.`
          : `ConfigMap ${source}/${key} becomes an ECS secret from SSM Parameter Store with the placeholder ARN ${valueFrom}: create the parameter (or move the value into environment) and put the real ARN.`,
      );
      return;
    }
    r.warn(
      [i, 'valueFrom'],
      `valueFrom ${Object.keys(from).join(', ')} has no ECS equivalent (only Secrets Manager and SSM references); left out.`,
    );
  });
  if (environment.length) container.environment = environment;
  if (secrets.length) container.secrets = secrets;
}

function mapPorts(list: unknown, ctx: MapContext): JsonObject[] {
  const out: JsonObject[] = [];
  (Array.isArray(list) ? list : []).forEach((port, i) => {
    const r = ctx.r.at(['ports', i]);
    if (!isObj(port) || typeof port.containerPort !== 'number') return r.warn([], `Cannot read ${quote(port)} as a port; left out.`);
    const protocol = String(port.protocol ?? 'TCP').toLowerCase();
    if (protocol !== 'tcp' && protocol !== 'udp')
      return r.warn(['protocol'], `ECS port mappings are tcp or udp; the ${protocol} port is left out.`);
    const mapping: JsonObject = { containerPort: port.containerPort, protocol };
    if (typeof port.name === 'string') mapping.name = port.name;
    if (typeof port.hostPort === 'number') {
      if (ctx.networkMode === 'bridge') mapping.hostPort = port.hostPort;
      else if (port.hostPort !== port.containerPort)
        r.warn(
          ['hostPort'],
          `In ${ctx.networkMode} mode the host port is the container port (${port.containerPort}); hostPort ${port.hostPort} is left out.`,
        );
    }
    if (port.hostIP !== undefined) r.warn(['hostIP'], 'ECS cannot bind a port to a host IP; left out.');
    out.push(mapping);
  });
  return out;
}

function mapResources(resources: unknown, ctx: MapContext, container: JsonObject): void {
  if (!isObj(resources)) return;
  const r = ctx.r.at(['resources']);
  const limits = isObj(resources.limits) ? resources.limits : {};
  const requests = isObj(resources.requests) ? resources.requests : {};
  const cpuSource = requests.cpu !== undefined ? ['requests', 'cpu'] : ['limits', 'cpu'];
  const cpuValue = requests.cpu ?? limits.cpu;
  if (cpuValue !== undefined) {
    const units = kubernetesCpuUnits(cpuValue);
    if (units === undefined) r.warn(cpuSource, `Cannot read ${quote(cpuValue)} as CPU; left out.`);
    else container.cpu = units;
  }
  const memory = (value: unknown, path: string[], field: string) => {
    if (value === undefined) return;
    const mib = kubernetesMebibytes(value);
    if (mib === undefined) r.warn(path, `Cannot read ${quote(value)} as memory; left out.`);
    else container[field] = mib;
  };
  memory(limits.memory, ['limits', 'memory'], 'memory');
  memory(requests.memory, ['requests', 'memory'], 'memoryReservation');
  if (
    typeof container.memory === 'number' &&
    typeof container.memoryReservation === 'number' &&
    container.memoryReservation > container.memory
  )
    delete container.memoryReservation;
  const gpu = limits['nvidia.com/gpu'] ?? requests['nvidia.com/gpu'];
  if (gpu !== undefined) container.resourceRequirements = [{ type: 'GPU', value: String(gpu) }];
  for (const [group, values] of [
    ['limits', limits],
    ['requests', requests],
  ] as const)
    for (const key of Object.keys(values))
      if (!['cpu', 'memory', 'nvidia.com/gpu'].includes(key))
        r.warn([group, key], `Resource "${key}" has no ECS container equivalent; left out.`);
}

/** An exec probe → healthCheck; http, tcp and grpc probes are reported with what to write instead. */
function mapProbe(probe: Obj, r: Reporter): JsonObject | null {
  if (!isObj(probe.exec)) {
    const kind = isObj(probe.httpGet) ? 'HTTP' : isObj(probe.tcpSocket) ? 'TCP' : isObj(probe.grpc) ? 'gRPC' : 'unknown';
    const hint = isObj(probe.httpGet)
      ? ` (e.g. ["CMD-SHELL", "curl -f http://localhost:${String(probe.httpGet.port ?? '')}${String(probe.httpGet.path ?? '/')} || exit 1"])`
      : '';
    r.warn(
      [],
      `ECS health checks run a command; the ${kind} probe is left out: write a command${hint}, or use the load balancer's health check.`,
    );
    return null;
  }
  const command = stringList(probe.exec.command);
  if (!command || command.length === 0) {
    r.warn(['exec'], 'The exec probe has no command; left out.');
    return null;
  }
  const check: JsonObject = { command: ['CMD', ...command] };
  check.interval = clampHealth('interval', Number(probe.periodSeconds ?? 10), r, ['periodSeconds']);
  check.timeout = clampHealth('timeout', Number(probe.timeoutSeconds ?? 1), r, ['timeoutSeconds']);
  check.retries = clampHealth('retries', Number(probe.failureThreshold ?? 3), r, ['failureThreshold']);
  if (probe.initialDelaySeconds !== undefined)
    check.startPeriod = clampHealth('startPeriod', Number(probe.initialDelaySeconds), r, ['initialDelaySeconds']);
  if (probe.successThreshold !== undefined && probe.successThreshold !== 1)
    r.info(['successThreshold'], 'ECS counts one success as healthy; successThreshold is left out.');
  return check;
}

function mapSecurity(security: Obj, ctx: MapContext, container: JsonObject, podSecurity: Obj): void {
  const r = ctx.r.at(['securityContext']);
  const uid = scalarText(security.runAsUser ?? podSecurity.runAsUser);
  const gid = scalarText(security.runAsGroup ?? podSecurity.runAsGroup);
  if (uid !== undefined) container.user = gid !== undefined ? `${uid}:${gid}` : uid;
  else if (gid !== undefined) r.warn(['runAsGroup'], 'ECS sets a group only together with a user ("uid:gid"); left out.');
  if (security.privileged === true && allowed({ ...ctx, r }, 'privileged', 'privileged')) container.privileged = true;
  if (typeof security.readOnlyRootFilesystem === 'boolean') container.readonlyRootFilesystem = security.readOnlyRootFilesystem;
  if (isObj(security.capabilities)) {
    const capabilities: JsonObject = {};
    const add = stringList(security.capabilities.add);
    const drop = stringList(security.capabilities.drop);
    if (add) capabilities.add = add.map((c) => c.toUpperCase().replace(/^CAP_/, ''));
    if (drop) capabilities.drop = drop.map((c) => c.toUpperCase().replace(/^CAP_/, ''));
    container.linuxParameters = { ...(isObj(container.linuxParameters) ? container.linuxParameters : {}), capabilities };
  }
  for (const key of Object.keys(security))
    if (!['runAsUser', 'runAsGroup', 'privileged', 'readOnlyRootFilesystem', 'capabilities'].includes(key))
      r.info([key], `securityContext.${key} has no ECS equivalent; left out.`);
}

/** Keys of a container mapped elsewhere or deliberately quiet, and what the report says about the rest. */
const KNOWN = new Set([
  'name',
  'image',
  'command',
  'args',
  'workingDir',
  'ports',
  'env',
  'resources',
  'volumeMounts',
  'livenessProbe',
  'securityContext',
  'stdin',
  'tty',
]);
const NOTES: Record<string, string> = {
  imagePullPolicy: 'ECS pulls by its agent setting (ECS_IMAGE_PULL_BEHAVIOR); imagePullPolicy is left out.',
  readinessProbe: "ECS has no readiness probe; use the load balancer target group's health check.",
  startupProbe: "ECS has no startup probe; the health check's startPeriod plays that part.",
  envFrom: 'envFrom is not expanded: list the variables under env (or use environmentFiles from S3).',
  lifecycle: 'ECS has no lifecycle hooks; left out.',
  terminationMessagePath: 'left out (no ECS equivalent).',
  terminationMessagePolicy: 'left out (no ECS equivalent).',
  volumeDevices: 'ECS has no raw block devices; left out.',
  restartPolicy: 'left out (sidecar init containers have no ECS equivalent; it runs as an ordinary container).',
};

export function mapPodContainer(source: Obj, ctx: MapContext, podSecurity: Obj, volumeNames: ReadonlySet<string>): JsonObject {
  const { r } = ctx;
  const container: JsonObject = { name: ctx.name, image: scalarText(source.image) ?? '', essential: true };
  if (!source.image) r.error(['image'], 'The container has no image.');
  const entryPoint = stringList(source.command);
  if (entryPoint) container.entryPoint = entryPoint;
  const command = stringList(source.args);
  if (command) container.command = command;
  if (typeof source.workingDir === 'string') container.workingDirectory = source.workingDir;
  if (source.ports !== undefined) container.portMappings = mapPorts(source.ports, ctx);
  if (source.env !== undefined) mapEnv(source.env, r.at(['env']), container);
  mapResources(source.resources, ctx, container);
  const mountPoints: JsonObject[] = [];
  (Array.isArray(source.volumeMounts) ? source.volumeMounts : []).forEach((mount, i) => {
    if (!isObj(mount) || typeof mount.name !== 'string' || typeof mount.mountPath !== 'string')
      return r.warn(['volumeMounts', i], `Cannot read ${quote(mount)} as a mount; left out.`);
    if (!volumeNames.has(mount.name)) return r.warn(['volumeMounts', i], `Volume "${mount.name}" is not in the pod's volumes; left out.`);
    if (mount.subPath !== undefined) r.warn(['volumeMounts', i, 'subPath'], 'ECS mounts whole volumes; subPath is left out.');
    mountPoints.push({ sourceVolume: mount.name, containerPath: mount.mountPath, readOnly: mount.readOnly === true });
  });
  if (mountPoints.length) container.mountPoints = mountPoints;
  if (isObj(source.livenessProbe)) {
    const check = mapProbe(source.livenessProbe, r.at(['livenessProbe']));
    if (check) container.healthCheck = check;
  }
  if (isObj(source.securityContext) || Object.keys(podSecurity).length)
    mapSecurity(isObj(source.securityContext) ? source.securityContext : {}, ctx, container, podSecurity);
  if (source.stdin === true) container.interactive = true;
  if (source.tty === true) container.pseudoTerminal = true;
  for (const key of Object.keys(source)) {
    if (KNOWN.has(key)) continue;
    r.add(
      key === 'envFrom' || key === 'lifecycle' ? 'warning' : 'info',
      [key],
      NOTES[key] ?? `Container key "${key}" has no ECS equivalent; left out.`,
    );
  }
  return container;
}
