import { useEffect, useMemo, useRef, useState } from 'react';
import type { Path } from '../../core/paths';
import { buildTopology, describeEdge, type TopologyEdge } from '../../core/topology/build-topology';
import { requestFocus, selectContainer } from '../../document/actions';
import { useDocumentStore } from '../../document/store';
import { downloadPng, downloadSvg } from './export-image';
import { layoutTopology, type PlacedNode, type PlacedTopology } from './layout';
import { nodeDescription, problemsText, TopologyGraph } from './TopologyGraph';
import './topology.css';

/** The field an edge is edited at: the dependsOn's condition, the mount's volume, the volumesFrom's source… */
function fieldOfEdge(edge: TopologyEdge): Path {
  switch (edge.kind) {
    case 'dependsOn':
      return [...edge.path, 'condition'];
    case 'volumesFrom':
      return [...edge.path, 'sourceContainer'];
    case 'mount':
      return [...edge.path, 'sourceVolume'];
    default:
      return edge.path;
  }
}

/**
 * The task definition as a picture: containers, volumes and how they depend on, link to, mount and log
 * through each other, with problems shown where they are. Follows edits live; a click selects in the forms.
 */
export function TopologyDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const doc = useDocumentStore((s) => s.doc);
  const issues = useDocumentStore((s) => s.issues);
  const family = useDocumentStore((s) => (typeof s.doc.family === 'string' && s.doc.family ? s.doc.family : 'task-definition'));
  const topology = useMemo(() => buildTopology(doc, issues), [doc, issues]);
  const [placed, setPlaced] = useState<PlacedTopology | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  useEffect(() => {
    let current = true;
    layoutTopology(topology).then(
      (result) => current && (setPlaced(result), setError(null)),
      (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      current = false;
    };
  }, [topology]);

  const go = (path: Path) => {
    if (path[0] === 'containerDefinitions' && typeof path[1] === 'number') selectContainer(path[1]);
    onClose();
    requestFocus('form', { path });
  };
  const selectNode = (node: PlacedNode) => go(node.path);
  const selectEdge = (edge: TopologyEdge) => go(fieldOfEdge(edge));
  const save = async (kind: 'svg' | 'png') => {
    if (!svgRef.current) return;
    try {
      if (kind === 'svg') downloadSvg(svgRef.current, `${family}-topology.svg`);
      else await downloadPng(svgRef.current, `${family}-topology.png`);
    } catch (e) {
      setError(`Could not save the image: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <dialog ref={ref} className="dialog dialog-topology" aria-labelledby="topology-title" onCancel={onClose}>
      <h2 id="topology-title">Topology</h2>
      <p className="field-help">
        Arrows: dependsOn (condition), links, volumesFrom, volume mounts and FireLens log routing. Tab moves through the graph; Enter opens
        the field in the forms.
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="topology-body">
        <div className="topology-canvas">
          {topology.nodes.length === 0 ? (
            <p className="field-help">The document has no containers yet.</p>
          ) : placed ? (
            <TopologyGraph placed={placed} svgRef={svgRef} onSelectNode={selectNode} onSelectEdge={selectEdge} />
          ) : (
            <p className="field-help">Laying out…</p>
          )}
        </div>
        <section className="topology-text" tabIndex={0} aria-labelledby="topology-text-title">
          <h3 id="topology-text-title">Graph as text</h3>
          <h4>Nodes</h4>
          <ul aria-label="Nodes">
            {topology.nodes.map((node) => (
              <li key={node.id}>{nodeDescription({ ...node, x: 0, y: 0, width: 0, height: 0, lines: [] })}</li>
            ))}
          </ul>
          <h4>Connections</h4>
          {topology.edges.length === 0 ? <p className="field-help">None.</p> : null}
          <ul aria-label="Connections">
            {topology.edges.map((edge) => (
              <li key={edge.id}>{[describeEdge(edge, topology.nodes), problemsText(edge.issues)].filter(Boolean).join('; ')}</li>
            ))}
          </ul>
        </section>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => void save('svg')} disabled={!placed}>
          Save as SVG
        </button>
        <button type="button" className="button" onClick={() => void save('png')} disabled={!placed}>
          Save as PNG
        </button>
        <button type="button" className="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
