import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { memoryIo } from './test-io';

const describeOutput = JSON.stringify({
  taskDefinition: {
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3',
    family: 'web',
    revision: 3,
    networkMode: 'bridge',
    containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 128 }],
  },
});

describe('ecs-taskdef convert', () => {
  it('prints the register-ready JSON of describe output on stdout and the removals on stderr', () => {
    const io = memoryIo({ 'web.json': describeOutput });
    expect(runCli(['convert', 'web.json'], io)).toBe(0);
    const out = JSON.parse(io.out.join('\n')) as Record<string, unknown>;
    expect(out).toEqual({
      family: 'web',
      networkMode: 'bridge',
      containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 128 }],
    });
    expect(io.err.join('\n')).toMatch(/^info taskDefinitionArn: /m);
  });

  it('writes exactly one JSON array of {severity, source, message} with --report-format json', () => {
    const io = memoryIo({ 'web.json': describeOutput });
    runCli(['convert', '--report-format', 'json', 'web.json'], io);
    expect(io.err).toHaveLength(1);
    const report = JSON.parse(io.err[0] as string) as unknown[];
    expect(report.length).toBeGreaterThan(0);
    for (const entry of report) expect(Object.keys(entry as object).sort()).toEqual(['message', 'severity', 'source']);
  });

  it('reads standard input for -', () => {
    const io = { ...memoryIo({}), readStdin: () => describeOutput };
    expect(runCli(['convert', '-'], io)).toBe(0);
    expect(io.out.join('\n')).toContain('"family": "web"');
  });

  it('exits 1 and still prints the result when the result has linter errors', () => {
    const io = memoryIo({ 'bad.json': JSON.stringify({ family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27' }] }) });
    expect(runCli(['convert', 'bad.json'], io)).toBe(1);
    expect(io.out.join('\n')).toContain('"family": "web"');
    expect(io.err.join('\n')).toMatch(/^error containerDefinitions\.0: In the result: /m);
  });

  it('exits 2 with a message on unreadable input, a missing file and bad usage', () => {
    const broken = memoryIo({ 'broken.json': '{"family": ' });
    expect(runCli(['convert', 'broken.json'], broken)).toBe(2);
    expect(broken.out).toEqual([]);
    expect(broken.err.join('\n')).toMatch(/^error /);
    const missing = memoryIo({});
    expect(runCli(['convert', 'nope.json'], missing)).toBe(2);
    expect(missing.err.join('\n')).toContain('nope.json: cannot read the input');
    const usage = memoryIo({});
    expect(runCli(['convert', '--to', 'xml', 'a.json'], usage)).toBe(2);
    expect(usage.err.join('\n')).toContain('Unknown output format "xml"');
  });
});

describe('ecs-taskdef convert from compose, docker run and Kubernetes', () => {
  const compose =
    'services:\n  web:\n    image: nginx:1.27\n    ports: ["127.0.0.1:8080:80"]\n    mem_limit: 256m\n  worker:\n    image: busybox:1.36\n    mem_limit: 128m\n';

  it('detects a compose file, prints only the task definition on stdout and the report on stderr', () => {
    const io = memoryIo({ 'compose.yaml': compose });
    expect(runCli(['convert', 'compose.yaml'], io)).toBe(0);
    const out = JSON.parse(io.out.join('\n')) as { containerDefinitions: { name: string }[]; networkMode: string };
    expect(out.networkMode).toBe('awsvpc');
    expect(out.containerDefinitions.map((c) => c.name)).toEqual(['web', 'worker']);
    expect(io.err.join('\n')).toMatch(/^warning services\.web\.ports\.0: ECS cannot bind a port to a host IP/m);
  });

  it('converts only the --service names, with --launch-type ec2, and writes the report as one JSON array', () => {
    const io = memoryIo({ 'compose.yaml': compose });
    expect(runCli(['convert', '--service', 'web', '--launch-type', 'ec2', '--report-format', 'json', 'compose.yaml'], io)).toBe(0);
    const out = JSON.parse(io.out.join('\n')) as { containerDefinitions: { name: string; portMappings: unknown[] }[]; networkMode: string };
    expect(out.networkMode).toBe('bridge');
    expect(out.containerDefinitions.map((c) => c.name)).toEqual(['web']);
    expect(out.containerDefinitions[0]!.portMappings).toEqual([{ containerPort: 80, hostPort: 8080, protocol: 'tcp' }]);
    expect(io.err).toHaveLength(1);
    const report = JSON.parse(io.err[0] as string) as { severity: string; source: string; message: string }[];
    expect(report).toContainEqual(expect.objectContaining({ severity: 'info', source: 'services.worker' }));
  });

  it('reads a docker run line from standard input', () => {
    const io = { ...memoryIo({}), readStdin: () => 'docker run --name api -p 8080:8080 --memory 512m \\\n  example/api:1.2' };
    expect(runCli(['convert', '-'], io)).toBe(0);
    expect(JSON.parse(io.out.join('\n'))).toMatchObject({
      family: 'api',
      containerDefinitions: [{ name: 'api', image: 'example/api:1.2', memory: 512 }],
    });
  });

  it('converts a Kubernetes Deployment', () => {
    const k8s =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: shop}\nspec:\n  template:\n    spec:\n      containers: [{name: api, image: "shop/api:1", resources: {limits: {cpu: 500m, memory: 512Mi}}}]\n';
    const io = memoryIo({ 'k8s.yaml': k8s });
    expect(runCli(['convert', '--from', 'kubernetes', 'k8s.yaml'], io)).toBe(0);
    expect(JSON.parse(io.out.join('\n'))).toMatchObject({
      family: 'shop',
      cpu: '512',
      memory: '1024',
      containerDefinitions: [{ cpu: 512, memory: 512 }],
    });
  });

  it('exits 1 when the converted task has linter errors, and 2 when the input is not what --from says', () => {
    const gpu = memoryIo({ 'gpu.yaml': 'services:\n  ml:\n    image: ml:1\n    gpus: all\n' });
    expect(runCli(['convert', 'gpu.yaml'], gpu)).toBe(1);
    expect(gpu.out.join('\n')).toContain('"GPU"');
    const wrong = memoryIo({ 'x.yaml': 'family: web\n' });
    expect(runCli(['convert', '--from', 'compose', 'x.yaml'], wrong)).toBe(2);
    expect(wrong.out).toEqual([]);
    expect(wrong.err.join('\n')).toContain('not a compose file');
  });
});
