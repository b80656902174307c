import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { memoryIo } from './test-io';

const running = JSON.stringify({
  taskDefinition: {
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7',
    revision: 7,
    status: 'ACTIVE',
    family: 'web',
    containerDefinitions: [{ name: 'app', image: 'web:1.0', memory: 256, environment: [{ name: 'MODE', value: 'a' }], essential: true }],
  },
});
const sameMeaning = `{
  "containerDefinitions": [{ "essential": true, "memory": 256, "image": "web:1.0", "name": "app", "environment": [{ "value": "a", "name": "MODE" }] }],
  "family": "web"
}`;
const changed = JSON.stringify({
  family: 'web',
  containerDefinitions: [{ name: 'app', image: 'web:1.1', memory: 256, environment: [{ name: 'MODE', value: 'a' }] }],
});

describe('ecs-taskdef diff', () => {
  it('exits 0 when two documents mean the same, describe output against a reformatted register input', () => {
    const io = memoryIo({ 'running.json': running, 'new.json': sameMeaning });
    expect(runCli(['diff', 'running.json', 'new.json'], io)).toBe(0);
    expect(io.out.join('\n')).toBe('No changes by meaning.');
  });

  it('exits 1 and lists the changes grouped by container when they differ', () => {
    const io = memoryIo({ 'running.json': running, 'new.json': changed });
    expect(runCli(['diff', 'running.json', 'new.json'], io)).toBe(1);
    expect(io.out.join('\n')).toBe('container app:\n  ~ image: "web:1.0" → "web:1.1"');
  });

  it('prints the changes as JSON with dotted paths', () => {
    const io = memoryIo({ 'running.json': running, 'new.json': changed });
    runCli(['diff', '--format', 'json', 'running.json', 'new.json'], io);
    expect(JSON.parse(io.out.join('\n'))).toEqual([
      {
        kind: 'changed',
        container: 'app',
        label: 'image',
        oldPath: 'containerDefinitions.0.image',
        newPath: 'containerDefinitions.0.image',
        before: 'web:1.0',
        after: 'web:1.1',
      },
    ]);
  });

  it('exits 2 with the file and position when a file cannot be read or parsed', () => {
    const io = memoryIo({ 'running.json': running, 'broken.json': '{"family": "web",\n  "containerDefinitions": [' });
    expect(runCli(['diff', 'running.json', 'broken.json'], io)).toBe(2);
    expect(io.err.join('\n')).toMatch(/^broken\.json:\d+:\d+: /);
    const missing = memoryIo({});
    expect(runCli(['diff', 'a.json', 'b.json'], missing)).toBe(2);
    expect(missing.err.join('\n')).toContain('a.json: cannot read the file');
    expect(runCli(['diff', 'only-one.json'], memoryIo({}))).toBe(2);
  });
});
