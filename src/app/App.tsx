import { lazy, Suspense, useEffect, useRef } from 'react';
import { UpdatePrompt } from '../features/app-update/UpdatePrompt';
import { PaneSeparator } from '../components/PaneSeparator';
import { ContainersSection } from '../features/containers/ContainersSection';
import { FieldSearch } from '../features/field-search/FieldSearch';
import { ImportReport } from '../features/import-export/ImportReport';
import { SharedDocumentBar } from '../features/share/SharedDocumentBar';
import { Outline } from '../features/outline/Outline';
import { SyntaxBanner } from '../features/syntax-banner/SyntaxBanner';
import { TaskPanel } from '../features/task-form/TaskPanel';
import { VolumesPanel } from '../features/volumes/VolumesPanel';
import { selectCanEditForms } from '../document/selectors';
import { loadSavedView, saveView } from '../document/saved-view';
import { useDocumentStore } from '../document/store';
import { Toolbar } from './Toolbar';
import { useFileDrop } from './use-file-drop';
import { useFormFocusRequests } from './use-form-focus-requests';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { FORMS_PERCENT, PROBLEMS_HEIGHT, usePaneLayout } from './use-pane-layout';

// The problems list brings the rules' quick fixes: it loads with the validator, after the first screen.
const ProblemsPanel = lazy(() => import('../features/problems/ProblemsPanel').then((m) => ({ default: m.ProblemsPanel })));

// Monaco is about 1 MB gzip: load it after the forms are interactive.
const CodeEditor = lazy(() => import('../features/code-editor/CodeEditor').then((m) => ({ default: m.CodeEditor })));

/** The page: toolbar, forms on the left, the JSON view on the right. */
export function App() {
  const canEdit = useDocumentStore(selectCanEditForms);
  useFormFocusRequests();
  useGlobalShortcuts();
  const dragging = useFileDrop();
  // The load benchmark reads this mark: the forms are on screen and usable (Monaco may still be loading).
  useEffect(() => void performance.mark('forms-interactive'), []);
  const formsRef = useRef<HTMLDivElement>(null);
  const workspaceRef = useRef<HTMLElement>(null);
  const { layout, update, save } = usePaneLayout();
  const collapsed = layout.problemsCollapsed;
  useEffect(() => {
    formsRef.current?.scrollTo({ top: loadSavedView().formsScrollTop ?? 0 });
  }, []);
  return (
    <div className={dragging ? 'app app-dragging' : 'app'}>
      <Toolbar />
      <SharedDocumentBar />
      <ImportReport />
      <div className="main-area">
        <main
          className="workspace"
          ref={workspaceRef}
          style={{ gridTemplateColumns: `minmax(320px, ${layout.formsPercent}%) auto minmax(320px, 1fr)` }}
        >
          {/* The syntax banner floats over the top of this pane: it never moves the editor or the forms. */}
          <div className="forms-pane" id="forms-pane">
            <SyntaxBanner />
            <div
              className="forms"
              aria-label="Forms"
              ref={formsRef}
              onScroll={(e) => saveView({ formsScrollTop: e.currentTarget.scrollTop })}
            >
              <div className="forms-head">
                <FieldSearch />
                <Outline />
              </div>
              {/* While the JSON does not parse, the forms show the last valid document and cannot be edited. */}
              <fieldset
                className="forms-fieldset"
                disabled={!canEdit}
                aria-label={canEdit ? undefined : 'Forms (read-only until the JSON is fixed)'}
              >
                <TaskPanel />
                <ContainersSection />
                <VolumesPanel />
              </fieldset>
            </div>
          </div>
          <PaneSeparator
            orientation="vertical"
            label="Resize the forms and the JSON view"
            controls="forms-pane"
            value={layout.formsPercent}
            min={FORMS_PERCENT.min}
            max={FORMS_PERCENT.max}
            step={2}
            valueText={`Forms ${Math.round(layout.formsPercent)} percent of the width`}
            valueForDrag={(pixels) => (pixels * 100) / (workspaceRef.current?.clientWidth || 1)}
            onChange={(formsPercent) => update({ formsPercent })}
            onCommit={() => save()}
          />
          <section className="code" aria-label="JSON">
            <Suspense fallback={<p className="editor-loading">Loading the JSON editor…</p>}>
              <CodeEditor />
            </Suspense>
          </section>
        </main>
        {collapsed ? null : (
          <PaneSeparator
            orientation="horizontal"
            label="Resize the Problems panel"
            controls="problems-slot"
            value={layout.problemsHeight}
            min={PROBLEMS_HEIGHT.min}
            max={PROBLEMS_HEIGHT.max}
            step={16}
            valueText={`Problems ${Math.round(layout.problemsHeight)} pixels high`}
            valueForDrag={(pixels) => -pixels}
            onChange={(problemsHeight) => update({ problemsHeight })}
            onCommit={() => save()}
          />
        )}
        <div className="problems-slot" id="problems-slot" style={collapsed ? undefined : { height: layout.problemsHeight }}>
          <Suspense fallback={<section className="problems" aria-label="Problems" />}>
            <ProblemsPanel collapsed={collapsed} onCollapsedChange={(problemsCollapsed) => save({ problemsCollapsed })} />
          </Suspense>
        </div>
      </div>
      <UpdatePrompt />
    </div>
  );
}
