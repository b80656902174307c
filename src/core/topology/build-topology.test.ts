import { describe, expect, it } from 'vitest';
import type { Issue, JsonObject } from '../issues';
import { buildTopology, describeEdge, describePortMapping } from './build-topology';

const issue = (path: Issue['path'], message = 'bad'): Issue => ({ path, message, severity: 'error', ruleId: 'r', source: 'rule' });

const doc: JsonObject = {
  family: 'shop',
  networkMode: 'bridge',
  volumes: [{ name: 'data' }, { name: 'cache', efsVolumeConfiguration: { fileSystemId: 'fs-1' } }],
  containerDefinitions: [
    {
      name: 'web',
      image: 'nginx',
      cpu: 256,
      memory: 512,
      portMappings: [{ containerPort: 80, hostPort: 8080 }, { containerPort: 443 }],
      dependsOn: [
        { containerName: 'app', condition: 'HEALTHY' },
        { containerName: 'init', condition: 'SUCCESS' },
      ],
      links: ['app:backend'],
      mountPoints: [{ sourceVolume: 'data', containerPath: '/usr/share', readOnly: true }],
      logConfiguration: { logDriver: 'awsfirelens' },
    },
    {
      name: 'app',
      image: 'shop:1',
      essential: true,
      dependsOn: [{ containerName: 'init', condition: 'COMPLETE' }],
      volumesFrom: [{ sourceContainer: 'init', readOnly: true }],
    },
    { name: 'init', image: 'busybox', essential: false, dependsOn: [{ containerName: 'router', condition: 'START' }] },
    { name: 'router', image: 'fluent-bit', firelensConfiguration: { type: 'fluentbit' } },
  ],
};

describe('buildTopology', () => {
  it('makes one node per container and per volume, with image, essential and size', () => {
    const { nodes } = buildTopology(doc);
    expect(nodes.map((n) => `${n.kind}:${n.label}`)).toEqual([
      'container:web',
      'container:app',
      'container:init',
      'container:router',
      'volume:data',
      'volume:cache',
    ]);
    expect(nodes[0]!.details).toEqual(['nginx', 'essential · cpu 256 · mem 512', 'ports 8080→80/tcp, dynamic→443/tcp']);
    expect(nodes[2]!.details[1]).toBe('not essential');
    expect(nodes[5]!.details).toEqual(['EFS fs-1']);
    expect(nodes[3]!.router).toBe(true);
    expect(nodes[1]!.path).toEqual(['containerDefinitions', 1]);
  });

  it('labels each dependsOn edge with its condition and its path', () => {
    const deps = buildTopology(doc).edges.filter((e) => e.kind === 'dependsOn');
    expect(deps.map((e) => [e.from, e.to, e.label])).toEqual([
      ['container:0', 'container:1', 'HEALTHY'],
      ['container:0', 'container:2', 'SUCCESS'],
      ['container:1', 'container:2', 'COMPLETE'],
      ['container:2', 'container:3', 'START'],
    ]);
    expect(deps[1]!.path).toEqual(['containerDefinitions', 0, 'dependsOn', 1]);
  });

  it('draws links with their alias, volumesFrom and mounts from their source, read-only marked', () => {
    const { edges, nodes } = buildTopology(doc);
    const link = edges.find((e) => e.kind === 'link')!;
    expect([link.from, link.to, link.label]).toEqual(['container:0', 'container:1', 'link as backend']);
    const from = edges.find((e) => e.kind === 'volumesFrom')!;
    expect([from.from, from.to, from.readOnly]).toEqual(['container:2', 'container:1', true]);
    const mount = edges.find((e) => e.kind === 'mount')!;
    expect([mount.from, mount.to, mount.label, mount.readOnly]).toEqual(['volume:0', 'container:0', '/usr/share (read-only)', true]);
    expect(mount.path).toEqual(['containerDefinitions', 0, 'mountPoints', 0]);
    expect(describeEdge(mount, nodes)).toBe('web mounts volume data at /usr/share (read-only)');
    expect(describeEdge(from, nodes)).toBe('app mounts the volumes of init, read-only');
  });

  it('routes awsfirelens logs to the container with firelensConfiguration', () => {
    const { edges, nodes } = buildTopology(doc);
    const firelens = edges.filter((e) => e.kind === 'firelens');
    expect(firelens.map((e) => [e.from, e.to])).toEqual([['container:0', 'container:3']]);
    expect(describeEdge(firelens[0]!, nodes)).toBe('web sends its logs to the FireLens router router');
  });

  it('shows a reference to an undefined container or volume as a "not defined" node', () => {
    const { nodes, edges } = buildTopology({
      containerDefinitions: [
        { name: 'a', dependsOn: [{ containerName: 'ghost', condition: 'START' }], mountPoints: [{ sourceVolume: 'nope' }] },
      ],
    });
    expect(nodes.filter((n) => n.kind === 'missing').map((n) => n.details[0])).toEqual(['container not defined', 'volume not defined']);
    expect(edges.map((e) => e.to)).toEqual(['missing:container:ghost', 'container:0']);
  });

  it('gives host ports as the network mode decides them', () => {
    const mapping = { containerPort: 80, hostPort: 8080 };
    expect(describePortMapping(mapping, 'bridge')).toBe('8080→80/tcp');
    expect(describePortMapping({ containerPort: 80 }, 'bridge')).toBe('dynamic→80/tcp');
    expect(describePortMapping({ containerPort: 80, protocol: 'udp' }, 'awsvpc')).toBe('80→80/udp');
    expect(describePortMapping({ containerPort: 9000 }, 'host')).toBe('9000→9000/tcp');
    expect(describePortMapping(mapping, 'none')).toMatch(/not published/);
    const awsvpc = buildTopology({ networkMode: 'awsvpc', containerDefinitions: [{ name: 'a', portMappings: [{ containerPort: 3000 }] }] });
    expect(awsvpc.nodes[0]!.details[2]).toBe('ports 3000→3000/tcp');
  });

  it('attaches each problem to the most specific node or edge its path is under', () => {
    const issues = [
      issue(['containerDefinitions', 0, 'dependsOn', 1, 'condition'], 'SUCCESS needs a non-essential container'),
      issue(['containerDefinitions', 0, 'image']),
      issue(['containerDefinitions', 0, 'mountPoints', 0, 'sourceVolume']),
      issue(['volumes', 1, 'efsVolumeConfiguration']),
      issue(['networkMode']),
      issue([]),
    ];
    const { nodes, edges } = buildTopology(doc, issues);
    expect(edges.find((e) => e.id === 'dependsOn:0:1')!.issues.map((i) => i.message)).toEqual(['SUCCESS needs a non-essential container']);
    expect(edges.find((e) => e.id === 'dependsOn:0:0')!.issues).toEqual([]);
    expect(nodes[0]!.issues).toHaveLength(1);
    expect(edges.find((e) => e.kind === 'mount')!.issues).toHaveLength(1);
    expect(nodes.find((n) => n.id === 'volume:1')!.issues).toHaveLength(1);
    const attached = [...nodes, ...edges].reduce((sum, e) => sum + e.issues.length, 0);
    expect(attached).toBe(4);
  });
});
