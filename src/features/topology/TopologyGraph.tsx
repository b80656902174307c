import type { KeyboardEvent } from 'react';
import type { Issue } from '../../core/issues';
import { describeEdge } from '../../core/topology/build-topology';
import { edgeLabelText, type PlacedEdge, type PlacedNode, type PlacedTopology } from './layout';

/** "2 problems: …" for a node's or edge's title and accessible name; empty when there are none. */
export function problemsText(issues: readonly Issue[]): string {
  if (issues.length === 0) return '';
  return `${issues.length} problem${issues.length === 1 ? '' : 's'}: ${issues.map((i) => i.message).join(' ')}`;
}

const worst = (issues: readonly Issue[]) =>
  issues.some((i) => i.severity === 'error') ? 'error' : issues.some((i) => i.severity === 'warning') ? 'warning' : 'info';

function activate(onSelect: () => void) {
  return {
    role: 'button',
    tabIndex: 0,
    onClick: onSelect,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelect();
      }
    },
  } as const;
}

export function nodeDescription(node: PlacedNode): string {
  const kind =
    node.kind === 'volume' ? 'Volume' : node.kind === 'missing' ? 'Not defined' : node.router ? 'FireLens router container' : 'Container';
  return [`${kind} ${node.label}`, ...node.details, problemsText(node.issues)].filter(Boolean).join('; ');
}

function NodeShape({ node, onSelect }: { node: PlacedNode; onSelect: () => void }) {
  const label = nodeDescription(node);
  // The drawn text sits beside the button, not inside it: the button's name is its full description (also its
  // tooltip), and text inside it that the name does not repeat word for word would be a name/content mismatch.
  return (
    <g
      className={`topology-node topology-node-${node.kind}${node.router ? ' topology-node-router' : ''}`}
      transform={`translate(${node.x} ${node.y})`}
    >
      <g className="topology-item" aria-label={label} data-id={node.id} {...activate(onSelect)}>
        <title>{label}</title>
        <rect className="topology-box" width={node.width} height={node.height} rx={node.kind === 'volume' ? 12 : 3} />
      </g>
      <g aria-hidden="true" className="topology-text-layer">
        {node.lines.map((line, i) => (
          <text key={i} className={i === 0 ? 'topology-name' : 'topology-detail'} x={10} y={20 + i * 16}>
            {line}
          </text>
        ))}
        {node.issues.length > 0 ? (
          <g className={`topology-badge topology-badge-${worst(node.issues)}`} transform={`translate(${node.width - 12} 0)`}>
            <circle r={10} />
            <text className="topology-badge-text" y={4} textAnchor="middle">
              {node.issues.length}
            </text>
          </g>
        ) : null}
      </g>
    </g>
  );
}

function EdgeShape({ edge, label, onSelect }: { edge: PlacedEdge; label: string; onSelect: () => void }) {
  if (edge.points.length < 2) return null;
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  const problems = problemsText(edge.issues);
  const name = [label, problems].filter(Boolean).join('; ');
  const box = edge.labelBox;
  const classes = `topology-edge topology-edge-${edge.kind}${edge.readOnly ? ' topology-edge-readonly' : ''}${
    edge.issues.length ? ` topology-edge-problem topology-edge-${worst(edge.issues)}` : ''
  }`;
  return (
    <g className={classes}>
      <g className="topology-item" aria-label={name} data-id={edge.id} {...activate(onSelect)}>
        <title>{name}</title>
        <path className="topology-hit" d={d} />
        <path className="topology-line" d={d} markerEnd="url(#topology-arrow)" />
        {box ? <rect className="topology-label-box" x={box.x} y={box.y} width={box.width} height={box.height} rx={2} /> : null}
      </g>
      {box ? (
        <text aria-hidden="true" className="topology-label" x={box.x + 5} y={box.y + 12}>
          {edgeLabelText(edge)}
        </text>
      ) : null}
    </g>
  );
}

/** The drawn graph: every node and edge a focusable button (Tab moves through them, Enter selects). */
export function TopologyGraph({
  placed,
  onSelectNode,
  onSelectEdge,
  svgRef,
}: {
  placed: PlacedTopology;
  onSelectNode: (node: PlacedNode) => void;
  onSelectEdge: (edge: PlacedEdge) => void;
  svgRef: React.Ref<SVGSVGElement>;
}) {
  return (
    <svg
      ref={svgRef}
      className="topology-svg"
      xmlns="http://www.w3.org/2000/svg"
      width={placed.width}
      height={placed.height}
      viewBox={`0 0 ${placed.width} ${placed.height}`}
      // Shrinks to fit the dialog down to 70% (text stays readable); a larger graph scrolls.
      style={{ minWidth: Math.round(placed.width * 0.7) }}
      role="group"
      aria-label="Topology graph"
    >
      <defs>
        <marker id="topology-arrow" viewBox="0 0 10 10" refX={9} refY={5} markerWidth={7} markerHeight={7} orient="auto-start-reverse">
          <path className="topology-arrow" d="M0 0 L10 5 L0 10 z" />
        </marker>
      </defs>
      <rect className="topology-background" width={placed.width} height={placed.height} />
      {placed.edges.map((edge) => (
        <EdgeShape key={edge.id} edge={edge} label={describeEdge(edge, placed.nodes)} onSelect={() => onSelectEdge(edge)} />
      ))}
      {placed.nodes.map((node) => (
        <NodeShape key={node.id} node={node} onSelect={() => onSelectNode(node)} />
      ))}
    </svg>
  );
}
