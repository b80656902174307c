import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Topology, TopologyEdge, TopologyNode } from '../../core/topology/build-topology';

/** Text metrics for the 12px system font, close enough to size boxes before anything is drawn. */
const CHAR_WIDTH = 6.8;
const LINE_HEIGHT = 16;
const MAX_CHARS = 34;

export interface PlacedNode extends TopologyNode {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface PlacedEdge extends TopologyEdge {
  points: { x: number; y: number }[];
  labelBox: { x: number; y: number; width: number; height: number } | null;
}

export interface PlacedTopology {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Shortens a line to what fits in a box; the full text stays in the node's title and the text alternative. */
export function fit(line: string, max = MAX_CHARS): string {
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The text drawn on an edge: its problem count, then its label, shortened. */
export function edgeLabelText(edge: TopologyEdge): string {
  return `${edge.issues.length ? `⚠${edge.issues.length} ` : ''}${fit(edge.label, 32)}`;
}

function linesOf(node: TopologyNode): string[] {
  const title = node.router ? `${node.label} (FireLens router)` : node.label;
  // A registry host and path make boxes wide and say little: the box shows the image's last segment.
  const details =
    node.kind === 'container'
      ? node.details.map((d, i) => (i === 0 && d.length > MAX_CHARS ? (d.split('/').pop() ?? d) : d))
      : node.details;
  return [title, ...details].map((l) => fit(l));
}

let elk: InstanceType<typeof ELK> | undefined;

/** Lays the graph out left to right with elkjs's layered algorithm: no node overlaps, edge labels placed too. */
export async function layoutTopology(topology: Topology): Promise<PlacedTopology> {
  elk ??= new ELK();
  const sized = topology.nodes.map((node) => {
    const lines = linesOf(node);
    const width = Math.max(150, Math.ceil(Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH) + 24);
    const height = lines.length * LINE_HEIGHT + 14;
    return { node, lines, width, height };
  });
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '28',
      'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.spacing.edgeLabel': '4',
      'elk.spacing.edgeEdge': '12',
      'elk.edgeLabels.inline': 'false',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
    },
    children: sized.map(({ node, width, height }) => ({ id: node.id, width, height })),
    edges: topology.edges.map((edge): ElkExtendedEdge => ({
      id: edge.id,
      sources: [edge.from],
      targets: [edge.to],
      labels: [{ id: `${edge.id}:label`, text: edge.label, width: Math.ceil(edgeLabelText(edge).length * 6.4) + 12, height: 16 }],
    })),
  };
  const result = await elk.layout(graph);
  const placedById = new Map((result.children ?? []).map((c) => [c.id, c]));
  const nodes: PlacedNode[] = sized.map(({ node, lines, width, height }) => {
    const placed = placedById.get(node.id);
    return { ...node, lines, width, height, x: placed?.x ?? 0, y: placed?.y ?? 0 };
  });
  const edgeById = new Map(((result.edges ?? []) as ElkExtendedEdge[]).map((e) => [e.id, e]));
  const edges: PlacedEdge[] = topology.edges.map((edge) => {
    const placed = edgeById.get(edge.id);
    const points = (placed?.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
    const label = placed?.labels?.[0];
    const labelBox =
      label && label.x !== undefined && label.y !== undefined
        ? { x: label.x, y: label.y, width: label.width ?? 0, height: label.height ?? 0 }
        : null;
    return { ...edge, points, labelBox };
  });
  return { width: result.width ?? 0, height: result.height ?? 0, nodes, edges };
}
