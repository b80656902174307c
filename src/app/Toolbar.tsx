import { lazy, Suspense, useState } from 'react';
import { redo, undo, useHistoryStore } from '../document/history';
import { ExportAsDialog } from '../features/export-as/ExportAsDialog';
import { ExportButtons } from '../features/import-export/ExportButtons';
import { ImportDialog } from '../features/import-export/ImportDialog';
import { NewDialog } from '../features/import-export/NewDialog';
import { clearPendingImport, usePendingImport } from '../features/import-export/pending-import';

// The Compare view and its diff code load when first opened.
const CompareDialog = lazy(() => import('../features/compare/CompareDialog').then((m) => ({ default: m.CompareDialog })));
// The Topology view and elkjs load when first opened.
const TopologyDialog = lazy(() => import('../features/topology/TopologyDialog').then((m) => ({ default: m.TopologyDialog })));

const mod = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** The top bar: New, Import, Undo/Redo, and the export buttons. */
export function Toolbar() {
  const [dialog, setDialog] = useState<'new' | 'import' | 'export-as' | 'compare' | 'topology' | null>(null);
  const canUndo = useHistoryStore((s) => s.past.length > 0);
  const canRedo = useHistoryStore((s) => s.future.length > 0);
  const pendingImport = usePendingImport((s) => s.pending !== null);
  return (
    <header className="toolbar">
      {/* Below 1440 px the title and the Undo/Redo words are for screen readers only, so every button fits. */}
      <h1 className="app-title">
        <span className="app-title-long">ECS task definition editor</span>
      </h1>
      <div className="toolbar-group">
        <button type="button" className="button" onClick={() => setDialog('new')}>
          New…
        </button>
        <button type="button" className="button" onClick={() => setDialog('import')}>
          Import…
        </button>
        <button type="button" className="button" onClick={() => setDialog('compare')}>
          Compare…
        </button>
        <button type="button" className="button" onClick={() => setDialog('topology')}>
          Topology…
        </button>
        <button
          type="button"
          className="button"
          onClick={undo}
          disabled={!canUndo}
          title={`Undo (${mod}Z)`}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          <span className="narrow-hidden">Undo</span>
          <span className="narrow-only" aria-hidden="true">
            ↶
          </span>
        </button>
        <button
          type="button"
          className="button"
          onClick={redo}
          disabled={!canRedo}
          title={`Redo (${mod}Shift+Z)`}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        >
          <span className="narrow-hidden">Redo</span>
          <span className="narrow-only" aria-hidden="true">
            ↷
          </span>
        </button>
      </div>
      <ExportButtons />
      <button type="button" className="button" onClick={() => setDialog('export-as')}>
        Export as…
      </button>
      {dialog === 'new' ? <NewDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'import' || pendingImport ? (
        <ImportDialog
          onClose={() => {
            setDialog(null);
            clearPendingImport();
          }}
        />
      ) : null}
      {dialog === 'export-as' ? <ExportAsDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'compare' ? (
        <Suspense fallback={null}>
          <CompareDialog onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
      {dialog === 'topology' ? (
        <Suspense fallback={null}>
          <TopologyDialog onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
    </header>
  );
}
