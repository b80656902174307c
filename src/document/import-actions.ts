/**
 * Importing text from anywhere (paste, file, drop, template) into the document, as one undoable step,
 * with a report of everything the import changed or noticed.
 */
import { create } from 'zustand';
import type { JsonObject } from '../core/issues';
import type { ImportReport, RestoreShape } from '../core/import-export';
import { applyChanges, replaceText, selectContainer } from './actions';
import { recordImport } from './baselines';
import { useHistoryStore } from './history';

/** What the last import did, or why it was refused. Shown by the import report and the import dialog. */
export interface ImportState {
  /**
   * The last successful import's report and what the text was; null when dismissed. `historyDepth` is the number of
   * undo steps right after the import: undoing below it brings back the document from before, which the report
   * does not describe.
   */
  result: { source: string; shape: RestoreShape; report: ImportReport; historyDepth: number } | null;
  /** The last refused import: the message, where, and the text kept so a fix can be applied to it. */
  failure: { source: string; message: string; line?: number; column?: number; canStripComments: boolean; text: string } | null;
}

export const useImportStore = create<ImportState>()(() => ({ result: null, failure: null }));

/** The import code (and its YAML parser) loads on first use, keeping it out of the first screen's JavaScript. */
const loadImportExport = () => import('../core/import-export');

/**
 * Imports `text` (named `source` in messages: "pasted text", a file name). On success the document is
 * replaced as one undoable step; on failure the document is left as it was and the failure is kept.
 */
export async function importText(text: string, source: string): Promise<boolean> {
  const { restoreTaskDefinition } = await loadImportExport();
  const restored = restoreTaskDefinition(text);
  if (!restored.ok) {
    useImportStore.setState({
      failure: {
        source,
        message: restored.message,
        ...(restored.line !== undefined ? { line: restored.line, column: restored.column } : {}),
        canStripComments: restored.canStripComments === true,
        text,
      },
    });
    return false;
  }
  replaceText(restored.text);
  selectContainer(0);
  recordImport(restored.doc, source);
  const historyDepth = useHistoryStore.getState().past.length;
  useImportStore.setState({ result: { source, shape: restored.shape, report: restored.report, historyDepth }, failure: null });
  return true;
}

/** Retries the refused import with its comments and trailing commas removed. */
export async function importWithoutComments(): Promise<boolean> {
  const failure = useImportStore.getState().failure;
  if (!failure) return false;
  const { stripCommentsAndTrailingCommas } = await loadImportExport();
  return importText(stripCommentsAndTrailingCommas(failure.text), failure.source);
}

/** Converts the numbers and booleans the report found written as strings, as one minimal edit each. */
export function fixReportedNumbersAsStrings(): void {
  const result = useImportStore.getState().result;
  if (!result) return;
  const changes = result.report.numbersAsStrings.map((entry) => ({ kind: 'set' as const, path: entry.path, value: entry.fixed }));
  if (changes.length && applyChanges(changes, 'structure')) {
    useImportStore.setState({ result: { ...result, report: { ...result.report, numbersAsStrings: [] } } });
  }
}

// Undoing the import takes its report away: the report describes a document that is no longer there.
useHistoryStore.subscribe((history) => {
  const { result } = useImportStore.getState();
  if (result && history.past.length < result.historyDepth) useImportStore.setState({ result: null });
});

export function dismissImportReport(): void {
  useImportStore.setState({ result: null, failure: null });
}

/** Starts over from a template document (the caller has asked whether to discard the current one). */
export function loadDocument(doc: JsonObject): void {
  replaceText(`${JSON.stringify(doc, null, 2)}\n`);
  selectContainer(0);
  dismissImportReport();
}
