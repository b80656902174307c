import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../issues';
import { diffTaskDefinitions, formatDiffText } from './index';

const base: JsonObject = {
  family: 'web',
  cpu: '256',
  memory: '512',
  requiresCompatibilities: ['FARGATE', 'EC2'],
  containerDefinitions: [
    {
      name: 'app',
      image: 'nginx:1.27',
      portMappings: [{ containerPort: 80, protocol: 'tcp' }, { containerPort: 443 }],
      environment: [
        { name: 'A', value: '1' },
        { name: 'B', value: '2' },
      ],
      command: ['nginx', '-g', 'daemon off;'],
    },
    { name: 'sidecar', image: 'busybox:1.36', essential: false },
  ],
  volumes: [{ name: 'data', host: { sourcePath: '/data' } }],
};

function clone(doc: JsonObject): JsonObject {
  return JSON.parse(JSON.stringify(doc)) as JsonObject;
}

describe('the semantic diff', () => {
  it('finds no change when only key order, list order of keyed items and formatting differ', () => {
    const reordered = clone(base);
    const containers = reordered.containerDefinitions as JsonObject[];
    reordered.containerDefinitions = [containers[1]!, containers[0]!];
    const app = containers[0]!;
    app.environment = [...(app.environment as JsonObject[])].reverse();
    app.portMappings = [...(app.portMappings as JsonObject[])].reverse();
    reordered.requiresCompatibilities = ['EC2', 'FARGATE'];
    const keysReversed = Object.fromEntries(Object.entries(reordered).reverse()) as JsonObject;
    expect(diffTaskDefinitions(base, keysReversed)).toEqual([]);
  });

  it('ignores the read-only fields and nulls of describe output, and defaults ECS assumes', () => {
    const described = clone(base);
    Object.assign(described, {
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3',
      revision: 3,
      status: 'ACTIVE',
      pidMode: null,
    });
    const app = (described.containerDefinitions as JsonObject[])[0]!;
    app.essential = true;
    (app.portMappings as JsonObject[])[1]!.protocol = 'tcp';
    expect(diffTaskDefinitions(base, described)).toEqual([]);
  });

  it('treats a number and the string that writes it as the same value', () => {
    const changed = clone(base);
    changed.cpu = 256;
    expect(diffTaskDefinitions(base, changed)).toEqual([]);
  });

  it('matches containers by name and names the container of each change', () => {
    const changed = clone(base);
    const app = (changed.containerDefinitions as JsonObject[])[0]!;
    app.image = 'nginx:1.28';
    (app.environment as JsonObject[])[1]!.value = '3';
    (app.environment as JsonObject[]).push({ name: 'C', value: 'x' });
    const changes = diffTaskDefinitions(base, changed);
    expect(changes.map((c) => [c.kind, c.container, c.label])).toEqual([
      ['changed', 'app', 'image'],
      ['changed', 'app', 'environment B value'],
      ['added', 'app', 'environment C'],
    ]);
    expect(changes[1]).toMatchObject({ before: '2', after: '3', newPath: ['containerDefinitions', 0, 'environment', 1, 'value'] });
  });

  it('reports an added or removed container as one change, with its path in the document that has it', () => {
    const changed = clone(base);
    changed.containerDefinitions = [(changed.containerDefinitions as JsonObject[])[0]!, { name: 'worker', image: 'worker:2' }];
    const changes = diffTaskDefinitions(base, changed);
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'removed',
        container: 'sidecar',
        label: '(container)',
        oldPath: ['containerDefinitions', 1],
        newPath: null,
      }),
      expect.objectContaining({
        kind: 'added',
        container: 'worker',
        label: '(container)',
        newPath: ['containerDefinitions', 1],
        oldPath: null,
      }),
    ]);
  });

  it('matches port mappings by port and protocol, and keeps the order of command arguments', () => {
    const changed = clone(base);
    const app = (changed.containerDefinitions as JsonObject[])[0]!;
    app.portMappings = [{ containerPort: 80, protocol: 'udp' }, { containerPort: 443 }];
    app.command = ['nginx', 'daemon off;', '-g'];
    const labels = diffTaskDefinitions(base, changed).map((c) => `${c.kind} ${c.label}`);
    expect(labels).toEqual(['removed portMappings 80/tcp', 'added portMappings 80/udp', 'changed command 1', 'changed command 2']);
  });

  it('compares lists by position when their items cannot be told apart by name', () => {
    const before: JsonObject = { family: 'x', containerDefinitions: [{ name: 'a', environment: [{ value: '1' }, { value: '2' }] }] };
    const after: JsonObject = { family: 'x', containerDefinitions: [{ name: 'a', environment: [{ value: '2' }, { value: '1' }] }] };
    expect(diffTaskDefinitions(before, after)).toHaveLength(2);
  });

  it('writes the changes as text grouped by task and container', () => {
    const changed = clone(base);
    changed.memory = '1024';
    (changed.containerDefinitions as JsonObject[])[1]!.image = 'busybox:1.37';
    expect(formatDiffText(diffTaskDefinitions(base, changed))).toBe(
      ['task:', '  ~ memory: "512" → "1024"', 'container sidecar:', '  ~ image: "busybox:1.36" → "busybox:1.37"'].join('\n'),
    );
    expect(formatDiffText([])).toBe('No changes by meaning.');
  });
});

describe('the normalised JSON for the side-by-side view', () => {
  it('is the same text for two documents the diff finds equal', async () => {
    const { normalisedJson } = await import('./index');
    const reordered = clone(base);
    const containers = reordered.containerDefinitions as JsonObject[];
    reordered.containerDefinitions = [containers[1]!, containers[0]!];
    (containers[0]!.environment as JsonObject[]).reverse();
    containers[0]!.essential = true;
    reordered.requiresCompatibilities = ['EC2', 'FARGATE'];
    expect(diffTaskDefinitions(base, reordered)).toEqual([]);
    expect(normalisedJson(reordered)).toBe(normalisedJson(base));
    expect(normalisedJson(base)).toMatch(/^\{\n {2}"containerDefinitions": \[\n {4}\{\n {6}"command"/);
  });
});
