import { useEffect, useState } from 'react';
import type { ReportEntry } from '../../core/import-export';
import { toFieldName } from '../../core/paths';
import { dismissImportReport, fixReportedNumbersAsStrings, importWithoutComments, useImportStore } from '../../document/import-actions';
import { useDocumentStore } from '../../document/store';

const SHAPES = {
  'register-input': 'register input',
  'describe-output': 'describe-task-definition output',
  'describe-wrapped': 'a describe-task-definition response',
  'container-array': 'a containerDefinitions array',
  'single-container': 'a single container definition',
  yaml: 'YAML',
} as const;

function EntryList({ title, entries }: { title: string; entries: readonly ReportEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <details className="report-group">
      <summary>
        {title} ({entries.length})
      </summary>
      <ul>
        {entries.map((entry, i) => (
          <li key={i}>
            <code>{toFieldName(entry.path) || '(document)'}</code> — {entry.message}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What the last import removed, moved, kept and noticed; and a refused drop or paste with its fix. */
export function ImportReport() {
  const result = useImportStore((s) => s.result);
  const failure = useImportStore((s) => s.failure);
  const [expanded, setExpanded] = useState(true);
  useDismissWhenReplaced(result !== null);
  if (failure && !result) {
    return (
      <div className="banner banner-error" role="alert" aria-label="Import failed">
        <p>
          <strong>Could not import {failure.source}</strong>
          {failure.line !== undefined ? ` (line ${failure.line}, column ${failure.column})` : ''}: {failure.message}
        </p>
        <div className="banner-actions">
          {failure.canStripComments ? (
            <button type="button" className="button" onClick={() => void importWithoutComments()}>
              Remove comments and trailing commas
            </button>
          ) : null}
          <button type="button" className="button" onClick={dismissImportReport}>
            Dismiss
          </button>
        </div>
      </div>
    );
  }
  if (!result) return null;
  const { report } = result;
  const readOnly = report.removed.filter((entry) => entry.reason !== 'null').length;
  const nulls = report.removed.filter((entry) => entry.reason === 'null').length;
  const summary = [
    readOnly ? `removed ${readOnly} read-only field${readOnly === 1 ? '' : 's'}` : '',
    nulls ? `removed ${nulls} null value${nulls === 1 ? '' : 's'}` : '',
    report.moved.length ? `moved ${report.moved.length} value${report.moved.length === 1 ? '' : 's'}` : '',
    report.unknownKeys.length ? `kept ${report.unknownKeys.length} unknown key${report.unknownKeys.length === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return (
    <section className="import-report" aria-label="Import report">
      <div className="import-report-header">
        <p>
          <strong>Imported {result.source}</strong> as {SHAPES[result.shape]}
          {summary.length ? `: ${summary.join(', ')}.` : '. Nothing needed changing.'}
        </p>
        <div className="banner-actions">
          {report.numbersAsStrings.length ? (
            <button type="button" className="button" onClick={fixReportedNumbersAsStrings}>
              Convert {report.numbersAsStrings.length} value{report.numbersAsStrings.length === 1 ? '' : 's'} written as strings
            </button>
          ) : null}
          <button
            type="button"
            className="button"
            aria-expanded={expanded}
            aria-controls="import-report-details"
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Hide details' : 'Show details'}
          </button>
          <button type="button" className="button" onClick={dismissImportReport}>
            Dismiss
          </button>
        </div>
      </div>
      {/* Bounded and scrolling (styles.css), so a long report never pushes the editor off a small screen. */}
      <div id="import-report-details" className="import-report-details" hidden={!expanded}>
        <EntryList title="Removed" entries={report.removed} />
        <EntryList title="Moved" entries={report.moved} />
        <EntryList title="Wrapped" entries={report.wrapped} />
        <EntryList title="Kept although the API does not know them" entries={report.unknownKeys} />
        <EntryList title="Template placeholders" entries={report.placeholders} />
        <EntryList title="Duplicate keys (the last value wins)" entries={report.duplicateKeys} />
        <EntryList title="Numbers or booleans written as strings" entries={report.numbersAsStrings} />
        {report.notes.length ? (
          <ul className="report-notes">
            {report.notes.map((note, i) => (
              <li key={i}>{note.message}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}

/**
 * The report describes the document the import produced: once that document is replaced as a whole
 * (New…, another import, "Discard broken edits", "Remove comments"), the report is stale and goes.
 */
function useDismissWhenReplaced(shown: boolean): void {
  useEffect(() => {
    if (!shown) return;
    const since = useDocumentStore.getState().lastChange.revision;
    return useDocumentStore.subscribe(
      (s) => s.lastChange,
      (change) => {
        if (change.origin === 'import' && change.revision > since) dismissImportReport();
      },
    );
  }, [shown]);
}
