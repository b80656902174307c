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
