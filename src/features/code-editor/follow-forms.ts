import { getLocation } from 'jsonc-parser';
import type * as Monaco from 'monaco-editor/editor';
import type { TextEdit } from '../../core/json-text';
import type { Path } from '../../core/paths';
import { selectContainer } from '../../document/actions';
import { revealInForms } from '../../document/form-reveal';
import { useDocumentStore } from '../../document/store';
import './follow-forms.css';

type Editor = Monaco.editor.IStandaloneCodeEditor;

/** How long the changed value stays highlighted after a form edit (the CSS fades it out). */
const HIGHLIGHT_MS = 1500;
/** The caret settles this long before the forms follow it (holding an arrow key does not flash every field). */
const FOLLOW_DELAY_MS = 120;

let highlight: Monaco.editor.IEditorDecorationsCollection | undefined;
let highlightTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Called before a form's edits are applied: once they are, scrolls the JSON to the last one when it is off
 * screen and highlights it briefly. Never focuses the editor (the user is typing in the form).
 */
export function revealEditedRange(editor: Editor, edits: readonly TextEdit[]): void {
  const model = editor.getModel();
  const last = edits[edits.length - 1];
  if (!model || !last) return;
  // Offsets of the last edit are relative to the text after the ones before it: valid once all are applied.
  queueMicrotask(() => {
    if (editor.getModel() !== model) return;
    const start = model.getPositionAt(last.offset);
    const end = model.getPositionAt(last.offset + last.content.length);
    const range = { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
    editor.revealRangeInCenterIfOutsideViewport(range, 1 /* ScrollType.Immediate: smooth would lag behind typing */);
    highlight ??= editor.createDecorationsCollection();
    highlight.set([{ range, options: { className: 'json-revealed', isWholeLine: false } }]);
    if (highlightTimer !== undefined) clearTimeout(highlightTimer);
    highlightTimer = setTimeout(() => highlight?.clear(), HIGHLIGHT_MS);
  });
}

/** The JSON path at `offset`, without the empty key jsonc reports between members. */
export function pathAtOffset(text: string, offset: number): Path {
  const path = getLocation(text, offset).path as Path;
  return path[path.length - 1] === '' ? path.slice(0, -1) : path;
}

/**
 * While the user moves the caret in the JSON (the editor has the focus), selects the container it is in and
 * asks the forms to show the field under it, without taking the focus.
 */
export function followCaretIntoForms(editor: Editor): Monaco.IDisposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastPath = '';
  const follow = () => {
    timer = undefined;
    const model = editor.getModel();
    const position = editor.getPosition();
    if (!model || !position || !editor.hasWidgetFocus()) return;
    const path = pathAtOffset(model.getValue(), model.getOffsetAt(position));
    const key = JSON.stringify(path);
    if (key === lastPath) return;
    lastPath = key;
    const [first, index] = path;
    if (first === 'containerDefinitions' && typeof index === 'number') {
      if (useDocumentStore.getState().selectedContainer !== index) selectContainer(index);
    }
    if (path.length > 0) revealInForms(path);
  };
  const listener = editor.onDidChangeCursorPosition(() => {
    if (!editor.hasWidgetFocus()) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(follow, FOLLOW_DELAY_MS);
  });
  return {
    dispose: () => {
      listener.dispose();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
