/**
 * Intent actions: the only way the document changes. Components call these; they never call `setState`.
 */
import type { JsonValue } from '../core/issues';
import { applyTextEdits, setValueAtPath, insertArrayElement, type TextEdit } from '../core/json-text';
import type { Path } from '../core/paths';
import type { ChangeOrigin } from './document-state';
import { deriveFromText, useDocumentStore } from './store';

/** How long typing in the JSON view may go on before the text is parsed; the trip to the forms stays ≤ 150 ms. */
export const CODE_PARSE_DEBOUNCE_MS = 80;

let parseTimer: ReturnType<typeof setTimeout> | undefined;

function parseNow(): void {
  const state = useDocumentStore.getState();
  useDocumentStore.setState({ ...deriveFromText(state.text, state), parsePending: false });
}

/** Parses pending JSON-view text now (before a form commit, or in tests). */
export function flushPendingParse(): void {
  if (parseTimer === undefined) return;
  clearTimeout(parseTimer);
  parseTimer = undefined;
  parseNow();
}

/** The JSON view's text changed (the user typed). Stores it at once; parses after a short pause. */
export function applyCodeEdit(text: string): void {
  const state = useDocumentStore.getState();
  if (text === state.text) return;
  useDocumentStore.setState({
    text,
    parsePending: true,
    lastChange: { origin: 'code', revision: state.lastChange.revision + 1 },
  });
  if (parseTimer !== undefined) clearTimeout(parseTimer);
  parseTimer = setTimeout(() => {
    parseTimer = undefined;
    parseNow();
  }, CODE_PARSE_DEBOUNCE_MS);
}

/** One change of the document: set or (with `undefined`) remove a value, or insert an array element. */
export type DocumentChange = { kind: 'set'; path: Path; value: unknown } | { kind: 'insert'; path: Path; index: number; value: unknown };

/**
 * Applies changes as minimal text edits, in order, so formatting, key order and unknown keys survive.
 * Refused (returns false) while the text does not parse: forms are read-only then.
 */
export function applyChanges(changes: DocumentChange[], origin: Extract<ChangeOrigin, 'form' | 'structure'>, formId?: string): boolean {
  flushPendingParse();
  const state = useDocumentStore.getState();
  if (state.syntaxErrors.length > 0) return false;
  let text = state.text;
  const edits: TextEdit[] = [];
  for (const change of changes) {
    const step =
      change.kind === 'set'
        ? setValueAtPath(text, change.path, change.value)
        : insertArrayElement(text, change.path, change.index, change.value);
    // Apply one edit at a time so each offset is relative to the text before it (see LastChange.edits).
    for (const edit of step) {
      text = applyTextEdits(text, [edit]);
      edits.push(edit);
    }
  }
  if (text === state.text) return true;
  // Two steps: the text first, so the JSON view receives its edit without waiting for parsing and
  // validation (the keystroke-to-editor path stays within a frame); then the parsed document and issues.
  useDocumentStore.setState({
    text,
    parsePending: true,
    lastChange: {
      origin,
      revision: state.lastChange.revision + 1,
      edits,
      ...(formId ? { formId } : {}),
      ...(origin === 'form' && changes[0] ? { path: changes[0].path } : {}),
    },
  });
  useDocumentStore.setState({ ...deriveFromText(text, state), parsePending: false });
  return true;
}

/** A form field was committed: set (or, with `undefined`, remove) one value. `formId` names the panel. */
export function setField(path: Path, value: JsonValue | undefined, formId?: string): boolean {
  return applyChanges([{ kind: 'set', path, value }], 'form', formId);
}

/** Replaces the whole text: import, template, "discard broken edits" (or, with `history`, undo and redo). */
export function replaceText(text: string, origin: Extract<ChangeOrigin, 'import' | 'history'> = 'import'): void {
  if (parseTimer !== undefined) clearTimeout(parseTimer);
  parseTimer = undefined;
  const state = useDocumentStore.getState();
  useDocumentStore.setState({
    text,
    ...deriveFromText(text, state),
    parsePending: false,
    lastChange: { origin, revision: state.lastChange.revision + 1 },
  });
}

/** Restores the last text that parsed, dropping the broken edits. */
export function discardBrokenEdits(): void {
  replaceText(useDocumentStore.getState().lastValidText);
}

/** Shows container `index` in the container panel. */
export function selectContainer(index: number): void {
  useDocumentStore.setState({ selectedContainer: index });
}

let focusId = 0;
/** Asks a view to reveal a place (a form field by path, or a JSON text offset). */
export function requestFocus(target: 'form' | 'code', place: { path?: Path; offset?: number }): void {
  useDocumentStore.setState({ focusRequest: { id: ++focusId, target, ...place } });
}
