/**
 * The task definition as a graph: containers and volumes as nodes; dependsOn, links, volumesFrom, mounts and
 * FireLens log routing as edges. Every node and edge carries the document path it stands for, so a view can
 * select it in the forms, and the issues found at or under that path.
 */
import type { Issue, JsonObject, JsonValue } from '../issues';
import { isPathPrefix, type Path } from '../paths';

export type TopologyNodeKind = 'container' | 'volume' | 'missing';
export type TopologyEdgeKind = 'dependsOn' | 'link' | 'volumesFrom' | 'mount' | 'firelens';

export interface TopologyNode {
  id: string;
  kind: TopologyNodeKind;
  /** Container or volume name. */
  label: string;
  /** Short facts shown under the name: image, essential, CPU/memory, ports, volume type. */
  details: string[];
  /** The FireLens log router (the container with firelensConfiguration). */
  router: boolean;
  path: Path;
  issues: Issue[];
}

export interface TopologyEdge {
  id: string;
  kind: TopologyEdgeKind;
  from: string;
  to: string;
  /** What the edge says: the dependsOn condition, the mount's container path, the link alias… */
  label: string;
  readOnly: boolean;
  path: Path;
  issues: Issue[];
}

export interface Topology {
  nodes: TopologyNode[];
  edges: TopologyEdge[];
}

const isObject = (v: JsonValue | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayOf = (v: JsonValue | undefined): JsonValue[] => (Array.isArray(v) ? v : []);
const text = (v: JsonValue | undefined): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The effective network mode: absent means bridge (the EC2 default). */
function networkModeOf(doc: JsonObject): string {
  return text(doc.networkMode) ?? 'bridge';
}

/** "8080→80/tcp": host port first, as the network mode decides it. */
export function describePortMapping(mapping: JsonObject, networkMode: string): string {
  const containerPort = typeof mapping.containerPort === 'number' ? mapping.containerPort : undefined;
  const protocol = text(mapping.protocol) ?? 'tcp';
  const range = text(mapping.containerPortRange);
  const inner = containerPort !== undefined ? String(containerPort) : (range ?? '?');
  if (networkMode === 'none') return `${inner}/${protocol} (not published: network mode none)`;
  if (networkMode === 'awsvpc' || networkMode === 'host') return `${inner}→${inner}/${protocol}`;
  const host = typeof mapping.hostPort === 'number' && mapping.hostPort !== 0 ? String(mapping.hostPort) : 'dynamic';
  return `${host}→${inner}/${protocol}`;
}

function containerDetails(c: JsonObject, networkMode: string): string[] {
  const details: string[] = [];
  details.push(text(c.image) ?? '(no image)');
  const size: string[] = [c.essential === false ? 'not essential' : 'essential'];
  if (typeof c.cpu === 'number') size.push(`cpu ${c.cpu}`);
  if (typeof c.memory === 'number') size.push(`mem ${c.memory}`);
  if (typeof c.memoryReservation === 'number') size.push(`res ${c.memoryReservation}`);
  details.push(size.join(' · '));
  const ports = arrayOf(c.portMappings).filter(isObject);
  if (ports.length) details.push(`ports ${ports.map((p) => describePortMapping(p, networkMode)).join(', ')}`);
  return details;
}

function volumeDetails(v: JsonObject): string[] {
  if (isObject(v.efsVolumeConfiguration)) return [`EFS ${text(v.efsVolumeConfiguration.fileSystemId) ?? ''}`.trim()];
  if (isObject(v.dockerVolumeConfiguration)) return [`Docker volume (${text(v.dockerVolumeConfiguration.scope) ?? 'task'})`];
  if (isObject(v.fsxWindowsFileServerVolumeConfiguration)) return ['FSx for Windows'];
  if (v.configuredAtLaunch === true) return ['configured at launch'];
  if (isObject(v.host) && text(v.host.sourcePath)) return [`host ${text(v.host.sourcePath)}`];
  return ['bind mount (task storage)'];
}

/** Builds the graph of `doc` and attaches each issue to the most specific node or edge whose path contains it. */
export function buildTopology(doc: JsonObject, issues: readonly Issue[] = []): Topology {
  const networkMode = networkModeOf(doc);
  const nodes: TopologyNode[] = [];
  const edges: TopologyEdge[] = [];
  const containers = arrayOf(doc.containerDefinitions);
  const containerId = new Map<string, string>();
  containers.forEach((c, i) => {
    if (!isObject(c)) return;
    const name = text(c.name) ?? `(container ${i + 1})`;
    const id = `container:${i}`;
    if (!containerId.has(name)) containerId.set(name, id);
    nodes.push({
      id,
      kind: 'container',
      label: name,
      details: containerDetails(c, networkMode),
      router: isObject(c.firelensConfiguration),
      path: ['containerDefinitions', i],
      issues: [],
    });
  });
  const volumeId = new Map<string, string>();
  arrayOf(doc.volumes).forEach((v, k) => {
    if (!isObject(v)) return;
    const name = text(v.name) ?? `(volume ${k + 1})`;
    const id = `volume:${k}`;
    if (!volumeId.has(name)) volumeId.set(name, id);
    nodes.push({ id, kind: 'volume', label: name, details: volumeDetails(v), router: false, path: ['volumes', k], issues: [] });
  });

  /** A reference to a name nothing defines still shows, as a dashed "not defined" node. */
  const resolve = (ids: Map<string, string>, name: string, what: string, path: Path): string => {
    const found = ids.get(name);
    if (found) return found;
    const id = `missing:${what}:${name}`;
    if (!nodes.some((n) => n.id === id)) {
      nodes.push({ id, kind: 'missing', label: name, details: [`${what} not defined`], router: false, path, issues: [] });
    }
    ids.set(name, id);
    return id;
  };

  const routers = nodes.filter((n) => n.router);
  containers.forEach((c, i) => {
    if (!isObject(c)) return;
    const self = `container:${i}`;
    const base: Path = ['containerDefinitions', i];
    arrayOf(c.dependsOn).forEach((d, j) => {
      if (!isObject(d) || !text(d.containerName)) return;
      const path = [...base, 'dependsOn', j];
      const to = resolve(containerId, text(d.containerName)!, 'container', path);
      const label = text(d.condition) ?? '(no condition)';
      edges.push({ id: `dependsOn:${i}:${j}`, kind: 'dependsOn', from: self, to, label, readOnly: false, path, issues: [] });
    });
    arrayOf(c.links).forEach((l, j) => {
      if (!text(l)) return;
      const [name, alias] = (l as string).split(':');
      const path = [...base, 'links', j];
      const to = resolve(containerId, name!, 'container', path);
      const label = alias ? `link as ${alias}` : 'link';
      edges.push({ id: `link:${i}:${j}`, kind: 'link', from: self, to, label, readOnly: false, path, issues: [] });
    });
    arrayOf(c.volumesFrom).forEach((v, j) => {
      if (!isObject(v) || !text(v.sourceContainer)) return;
      const path = [...base, 'volumesFrom', j];
      const from = resolve(containerId, text(v.sourceContainer)!, 'container', path);
      const readOnly = v.readOnly === true;
      const label = `volumes from${readOnly ? ' (read-only)' : ''}`;
      edges.push({ id: `volumesFrom:${i}:${j}`, kind: 'volumesFrom', from, to: self, label, readOnly, path, issues: [] });
    });
    arrayOf(c.mountPoints).forEach((m, j) => {
      if (!isObject(m) || !text(m.sourceVolume)) return;
      const path = [...base, 'mountPoints', j];
      const from = resolve(volumeId, text(m.sourceVolume)!, 'volume', path);
      const readOnly = m.readOnly === true;
      const label = `${text(m.containerPath) ?? '(no path)'}${readOnly ? ' (read-only)' : ''}`;
      edges.push({ id: `mount:${i}:${j}`, kind: 'mount', from, to: self, label, readOnly, path, issues: [] });
    });
    if (isObject(c.logConfiguration) && c.logConfiguration.logDriver === 'awsfirelens') {
      const path = [...base, 'logConfiguration', 'logDriver'];
      const target = routers.find((r) => r.id !== self) ?? routers[0];
      const to = target ? target.id : resolve(containerId, 'FireLens log router', 'container', path);
      edges.push({ id: `firelens:${i}`, kind: 'firelens', from: self, to, label: 'logs via FireLens', readOnly: false, path, issues: [] });
    }
  });

  attachIssues([...edges, ...nodes], issues);
  return { nodes, edges };
}

/** Gives each issue to the element with the longest path that is a prefix of the issue's path. */
function attachIssues(elements: (TopologyNode | TopologyEdge)[], issues: readonly Issue[]): void {
  for (const issue of issues) {
    if (issue.path.length === 0) continue;
    let best: TopologyNode | TopologyEdge | undefined;
    for (const element of elements) {
      if (isMissing(element)) continue;
      if (isPathPrefix(element.path, issue.path) && (!best || element.path.length > best.path.length)) best = element;
    }
    best?.issues.push(issue);
  }
}

const isMissing = (element: TopologyNode | TopologyEdge): boolean => 'kind' in element && element.kind === 'missing';

/** One sentence for an edge, for the text alternative and for its accessible name. */
export function describeEdge(edge: TopologyEdge, nodes: readonly TopologyNode[]): string {
  const name = (id: string) => nodes.find((n) => n.id === id)?.label ?? id;
  const from = name(edge.from);
  const to = name(edge.to);
  switch (edge.kind) {
    case 'dependsOn':
      return `${from} depends on ${to} (${edge.label})`;
    case 'link':
      return `${from} links to ${to}${edge.label === 'link' ? '' : ` ${edge.label.replace('link ', '')}`}`;
    case 'volumesFrom':
      return `${to} mounts the volumes of ${from}${edge.readOnly ? ', read-only' : ''}`;
    case 'mount':
      return `${to} mounts volume ${from} at ${edge.label}`;
    case 'firelens':
      return `${from} sends its logs to the FireLens router ${to}`;
  }
}
