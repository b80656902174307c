import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { memoryIo } from './test-io';

const clean = JSON.stringify(
  {
    family: 'web',
    executionRoleArn: 'arn:aws:iam::123456789012:role/exec',
    taskRoleArn: 'arn:aws:iam::123456789012:role/task',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [
      {
        name: 'app',
        image: 'nginx:1.27',
        user: '1000',
        readonlyRootFilesystem: true,
        portMappings: [{ containerPort: 80, hostPort: 8080 }],
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': 'g', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'p' },
        },
      },
    ],
  },
  null,
  2,
);
const fixed = clean.replace('"hostPort": 8080', '"hostPort": 80');
const describeOutput = JSON.stringify({ taskDefinition: { ...JSON.parse(fixed), revision: 3, status: 'ACTIVE' }, tags: [] }, null, 2);

describe('ecs-taskdef lint', () => {
  it('prints file:line:column severity message rule-id and exits 1 on an error', () => {
    const io = memoryIo({ 'task.json': clean });
    expect(runCli(['lint', 'task.json'], io)).toBe(1);
    expect(io.out.join('\n')).toBe(
      'task.json:20:11 error Host port 8080 must equal container port 80 in awsvpc mode; remove hostPort or set it to 80. host-port-equals-container-port',
    );
    expect(io.err.join('\n')).toMatch(/1 error, 0 warnings, 0 info in 1 file/);
  });

  it('exits 0 when only warnings are found', () => {
    const io = memoryIo({ 'task.json': fixed.replace('nginx:1.27', 'nginx:latest') });
    expect(runCli(['lint', 'task.json'], io)).toBe(0);
    expect(io.out.join('\n')).toMatch(/^task\.json:\d+:\d+ warning Image "nginx:latest" .* image-tag$/);
  });

  it('lints the inner object of describe output and reports read-only fields as warnings', () => {
    const io = memoryIo({ 'describe.json': describeOutput });
    expect(runCli(['lint', '--format', 'json', 'describe.json'], io)).toBe(0);
    const rows = JSON.parse(io.out.join('')) as { pointer: string; severity: string; message: string; line: number }[];
    expect(rows.map((r) => [r.pointer, r.severity])).toEqual([
      ['/taskDefinition/revision', 'warning'],
      ['/taskDefinition/status', 'warning'],
    ]);
    expect(rows[0]?.message).toMatch(/read-only field.*remove it before registering/);
    expect(describeOutput.split('\n')[(rows[0]?.line ?? 0) - 1]).toContain('"revision"');
  });

  it('prints a JSON array of {file, pointer, line, column, ruleId, severity, message}', () => {
    const io = memoryIo({ 'a.json': clean });
    runCli(['lint', '-f', 'json', 'a.json'], io);
    expect(JSON.parse(io.out.join(''))).toEqual([
      {
        file: 'a.json',
        pointer: '/containerDefinitions/0/portMappings/0/hostPort',
        line: 20,
        column: 11,
        ruleId: 'host-port-equals-container-port',
        severity: 'error',
        message: 'Host port 8080 must equal container port 80 in awsvpc mode; remove hostPort or set it to 80.',
      },
    ]);
  });

  it('exits 2 with line and column when a file is not JSON', () => {
    const io = memoryIo({ 'bad.json': '{\n  "family": "web",\n  "cpu": 256,,\n}' });
    expect(runCli(['lint', 'bad.json'], io)).toBe(2);
    expect(io.err[0]).toBe(
      'bad.json:3:14: not valid JSON: JSON syntax error at line 3, column 14: a property name in double quotes is expected.',
    );
    expect(io.out.join('\n')).toMatch(/^bad\.json:3:14 error JSON syntax error .* json-syntax/);
  });

  it('exits 2 when a file cannot be read, after linting the others', () => {
    const io = memoryIo({ 'task.json': fixed });
    expect(runCli(['lint', 'missing.json', 'task.json'], io)).toBe(2);
    expect(io.err[0]).toMatch(/^missing\.json: cannot read the file \(ENOENT/);
  });

  it('lints a bare list of container definitions at its own paths', () => {
    const io = memoryIo({
      'containers.json': JSON.stringify(
        [{ name: 'web', image: 'nginx:1.27', memory: 0, volumesFrom: [{ sourceContainer: 'db' }] }],
        null,
        2,
      ),
    });
    expect(runCli(['lint', '--format=json', 'containers.json'], io)).toBe(1);
    const pointers = (JSON.parse(io.out.join('')) as { pointer: string; ruleId: string }[]).map((r) => `${r.pointer} ${r.ruleId}`);
    expect(pointers).toContain('/0/memory container-memory-minimum');
    expect(pointers).toContain('/0/volumesFrom/0/sourceContainer volumes-from-container');
    expect(pointers.some((p) => p.includes('task-required-fields'))).toBe(false);
  });

  it('does not assume task-level fields are absent for a bare container list', () => {
    const list = [{ name: 'web', image: 'nginx:1.27', secrets: [{ name: 'A', valueFrom: '/a' }], hostname: 'web', links: [] }];
    const io = memoryIo({ 'containers.json': JSON.stringify(list) });
    expect(runCli(['lint', 'containers.json'], io)).toBe(0);
  });

  it('warns about a repeated key and points at the copy that wins', () => {
    const text = fixed.replace('"name": "app",', '"name": "app",\n      "name": "app2",');
    const io = memoryIo({ 'dup.json': text });
    runCli(['lint', 'dup.json'], io);
    expect(io.out.join('\n')).toMatch(/dup\.json:14:7 warning Key "name" is repeated \(first at line 13\).* duplicate-key/);
  });

  it('hides infos unless --min-severity info is given', () => {
    const text = fixed.replace('"user": "1000",', '');
    const quiet = memoryIo({ 't.json': text });
    runCli(['lint', 't.json'], quiet);
    expect(quiet.out).toEqual([]);
    const verbose = memoryIo({ 't.json': text });
    runCli(['lint', '--min-severity', 'info', 't.json'], verbose);
    expect(verbose.out.join('\n')).toMatch(/t\.json:\d+:\d+ info .* run-as-non-root/);
  });

  it('rejects unknown options and formats with usage and exit code 2', () => {
    const io = memoryIo({});
    expect(runCli(['lint', '--format', 'xml', 'a.json'], io)).toBe(2);
    expect(runCli(['lint', '--fix', 'a.json'], io)).toBe(2);
    expect(runCli(['lint'], io)).toBe(2);
    expect(runCli(['check', 'a.json'], io)).toBe(2);
    expect(io.err.join('\n')).toMatch(/Unknown format "xml"/);
    expect(io.err.join('\n')).toMatch(/Unknown option "--fix"/);
    expect(io.err.join('\n')).toMatch(/Unknown command "check"/);
  });
});

describe('ecs-taskdef help, version and rules', () => {
  it('prints usage for --help', () => {
    const io = memoryIo({});
    expect(runCli(['--help'], io)).toBe(0);
    expect(io.out[0]).toMatch(/^Usage:\n {2}ecs-taskdef lint \[options\] FILE\.\.\./);
  });

  it('prints the version', () => {
    const io = memoryIo({});
    expect(runCli(['--version'], io, '1.2.3')).toBe(0);
    expect(io.out).toEqual(['1.2.3']);
  });

  it('lists the rules as text, markdown and JSON', () => {
    const text = memoryIo({});
    runCli(['rules'], text);
    expect(text.out[0]).toMatch(/^task-required-fields +error +A task definition/);
    const markdown = memoryIo({});
    runCli(['rules', '--markdown'], markdown);
    expect(markdown.out[0]).toMatch(/^# Validation rules/);
    const json = memoryIo({});
    runCli(['rules', '--json'], json);
    expect(JSON.parse(json.out[0] ?? '[]')[0]).toMatchObject({ id: 'task-required-fields', refs: ['R-TD-1', 'R-TD-2'], quickFix: false });
  });
});
