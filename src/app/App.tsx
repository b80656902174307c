import { lazy, Suspense, useEffect, useRef } from 'react';
import { ContainersSection } from '../features/containers/ContainersSection';
import { FieldSearch } from '../features/field-search/FieldSearch';
import { ImportReport } from '../features/import-export/ImportReport';
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
  useEffect(() => {
    formsRef.current?.scrollTo({ top: loadSavedView().formsScrollTop ?? 0 });
  }, []);
  return (
    <div className={dragging ? 'app app-dragging' : 'app'}>
      <Toolbar />
      <SyntaxBanner />
      <ImportReport />
      <div className="main-area">
        <main className="workspace">
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
          <section className="code" aria-label="JSON">
            <Suspense fallback={<p className="editor-loading">Loading the JSON editor…</p>}>
              <CodeEditor />
            </Suspense>
          </section>
        </main>
        <Suspense fallback={<section className="problems" aria-label="Problems" />}>
          <ProblemsPanel />
        </Suspense>
      </div>
    </div>
  );
}
