import { describe, expect, it } from 'vitest';
import { convertOk, expectEntry } from '../compose/test-helpers';
import { detectInputFormat, importText } from '../index';
import { kubernetesCpuUnits, kubernetesMebibytes } from './quantities';

const deployment = (containers: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  replicas: 2
  template:
    spec:
${extra}      containers:
${containers}`;

describe('Kubernetes quantities', () => {
  it('converts CPU at 1024 units a core and memory to MiB', () => {
    expect(kubernetesCpuUnits('500m')).toBe(512);
    expect(kubernetesCpuUnits('2')).toBe(2048);
    expect(kubernetesCpuUnits(0.25)).toBe(256);
    expect(kubernetesMebibytes('512Mi')).toBe(512);
    expect(kubernetesMebibytes('1Gi')).toBe(1024);
    expect(kubernetesMebibytes('1G')).toBe(954);
    expect(kubernetesMebibytes('500M')).toBe(477);
    expect(kubernetesMebibytes('lots')).toBeUndefined();
  });
});

describe('Kubernetes manifests', () => {
  it('detects apiVersion and kind', () => {
    expect(detectInputFormat('apiVersion: v1\nkind: Pod\n')).toBe('kubernetes');
  });

  it('converts a Deployment: command/args, resources, ports, env, replicas reported', () => {
    const text = deployment(`        - name: api
          image: shop/api:1
          command: [/app]
          args: [--port, "8080"]
          ports: [{containerPort: 8080, name: http}]
          env: [{name: MODE, value: prod}]
          resources: {requests: {cpu: 250m, memory: 256Mi}, limits: {memory: 1Gi, ephemeral-storage: 1Gi}}
`);
    const { doc, container, report } = convertOk(text);
    expect(doc).toMatchObject({ family: 'shop', cpu: '256', memory: '1024' });
    expect(container('api')).toMatchObject({
      entryPoint: ['/app'],
      command: ['--port', '8080'],
      portMappings: [{ containerPort: 8080, protocol: 'tcp', name: 'http' }],
      environment: [{ name: 'MODE', value: 'prod' }],
      cpu: 256,
      memory: 1024,
      memoryReservation: 256,
    });
    expectEntry(report, 'spec.replicas', /desiredCount/);
    expectEntry(report, 'spec.template.spec.containers.0.resources.limits.ephemeral-storage', /no ECS container equivalent/);
  });

  it('turns secretKeyRef and configMapKeyRef into secrets with placeholder ARNs, reported', () => {
    const text = deployment(`        - name: api
          image: a
          env:
            - name: PASS
              valueFrom: {secretKeyRef: {name: db, key: password}}
            - name: LEVEL
              valueFrom: {configMapKeyRef: {name: settings, key: level}}
            - name: NODE
              valueFrom: {fieldRef: {fieldPath: spec.nodeName}}
`);
    const { container, report } = convertOk(text);
    expect(container('api').secrets).toEqual([
      { name: 'PASS', valueFrom: 'arn:aws:secretsmanager:${AWS_REGION}:${AWS_ACCOUNT_ID}:secret:db:password::' },
      { name: 'LEVEL', valueFrom: 'arn:aws:ssm:${AWS_REGION}:${AWS_ACCOUNT_ID}:parameter/settings/level' },
    ]);
    expectEntry(report, 'spec.template.spec.containers.0.env.0.valueFrom', /Secrets Manager/);
    expectEntry(report, 'spec.template.spec.containers.0.env.2.valueFrom', /fieldRef has no ECS equivalent/);
  });

  it('runs init containers first, one after another, with SUCCESS dependencies', () => {
    const text = deployment(
      `        - name: app
          image: a
`,
      `      initContainers:
        - {name: one, image: i}
        - {name: two, image: i}
`,
    );
    const { container } = convertOk(text);
    expect(container('one').essential).toBe(false);
    expect(container('two').dependsOn).toEqual([{ containerName: 'one', condition: 'SUCCESS' }]);
    expect(container('app').dependsOn).toEqual([{ containerName: 'two', condition: 'SUCCESS' }]);
  });

  it('maps emptyDir and hostPath volumes, reports the others, and maps exec probes and securityContext', () => {
    const text = deployment(
      `        - name: app
          image: a
          volumeMounts: [{name: tmp, mountPath: /tmp}, {name: logs, mountPath: /logs, readOnly: true}, {name: cfg, mountPath: /cfg}]
          livenessProbe: {exec: {command: [cat, /ok]}, periodSeconds: 20, timeoutSeconds: 3, failureThreshold: 4, initialDelaySeconds: 10}
          readinessProbe: {httpGet: {path: /ready, port: 80}}
          securityContext: {runAsUser: 1000, runAsGroup: 2000, privileged: true, readOnlyRootFilesystem: true, capabilities: {add: [NET_ADMIN]}}
`,
      `      volumes:
        - {name: tmp, emptyDir: {}}
        - {name: logs, hostPath: {path: /var/log}}
        - {name: cfg, configMap: {name: cfg}}
`,
    );
    const { doc, container, report } = convertOk(text, 'kubernetes', { launchType: 'ec2' });
    expect(doc.volumes).toEqual([{ name: 'tmp' }, { name: 'logs', host: { sourcePath: '/var/log' } }, { name: 'cfg' }]);
    expect(container('app')).toMatchObject({
      healthCheck: { command: ['CMD', 'cat', '/ok'], interval: 20, timeout: 3, retries: 4, startPeriod: 10 },
      user: '1000:2000',
      privileged: true,
      readonlyRootFilesystem: true,
      linuxParameters: { capabilities: { add: ['NET_ADMIN'] } },
    });
    expectEntry(report, 'spec.template.spec.volumes.2.configMap', /empty task volume/);
    expectEntry(report, 'spec.template.spec.containers.0.readinessProbe', /readiness/);
  });

  it('reports an HTTP liveness probe with the command to write instead', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: a\n      image: a\n      livenessProbe: {httpGet: {path: /h, port: 80}}\n';
    const { container, report } = convertOk(text);
    expect(container('a').healthCheck).toBeUndefined();
    expectEntry(report, 'spec.containers.0.livenessProbe', /curl -f http:\/\/localhost:80\/h/);
  });

  it('picks the first workload of several documents and reports the rest, CronJobs included', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly}\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: job, image: j}]\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: other}\nspec: {containers: [{name: x, image: x}]}\n`;
    const { doc, report } = convertOk(text);
    expect(doc.family).toBe('nightly');
    expectEntry(report, '0', /not a workload/);
    expectEntry(report, '1.spec.schedule', /EventBridge Scheduler/);
    expectEntry(report, '2', /Only the first workload/);
  });

  it('refuses manifests without a workload', () => {
    expect(importText('apiVersion: v1\nkind: Service\nmetadata: {name: s}\n', 'kubernetes').ok).toBe(false);
  });
});
