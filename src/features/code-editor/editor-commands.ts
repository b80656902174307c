import type * as Monaco from 'monaco-editor/editor';
import { restoreTaskDefinition } from '../../core/import-export';
import { flushPendingParse } from '../../document/actions';
import { endTypingBurst, redo, undo } from '../../document/history';
import { importText, useImportStore } from '../../document/import-actions';
import { loadSavedView, saveView } from '../../document/saved-view';
import { monaco } from './monaco-setup';

/**
 * Wires the editor into the app: undo/redo go to the store's one history (so Monaco's own stack cannot
 * diverge from it), blur ends a typing burst, and pasting a whole document imports it.
 */
export function installEditorCommands(editor: Monaco.editor.IStandaloneCodeEditor): void {
  const { KeyMod, KeyCode } = monaco;
  editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, undo);
  editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, redo);
  editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyY, redo);
  editor.onDidBlurEditorText(endTypingBurst);
  restoreViewPosition(editor);
  editor.onDidScrollChange((event) => saveView({ codeScrollTop: event.scrollTop }));
  editor.onDidChangeCursorSelection((event) => {
    const model = editor.getModel();
    if (!model) return;
    saveView({
      codeSelection: {
        start: model.getOffsetAt(event.selection.getStartPosition()),
        end: model.getOffsetAt(event.selection.getEndPosition()),
      },
    });
  });
  editor.onDidPaste((event) => {
    const model = editor.getModel();
    if (!model) return;
    // A paste is not a burst of typing: parse it now rather than after the typing debounce.
    flushPendingParse();
    const whole = model.getFullModelRange();
    if (!event.range.equalsRange(whole)) return;
    importPastedDocument(model.getValue());
  });
}

/** Puts the caret, selection and scroll back where they were before the page was reloaded. */
function restoreViewPosition(editor: Monaco.editor.IStandaloneCodeEditor): void {
  const model = editor.getModel();
  const { codeSelection, codeScrollTop } = loadSavedView();
  if (!model) return;
  if (codeSelection) {
    const start = model.getPositionAt(codeSelection.start);
    const end = model.getPositionAt(codeSelection.end);
    editor.setSelection(new monaco.Selection(start.lineNumber, start.column, end.lineNumber, end.column));
  }
  if (codeScrollTop !== undefined) editor.setScrollTop(codeScrollTop);
}

/**
 * A paste that replaced the whole document is treated as an import when it needs one: describe output,
 * wrappers, arrays, YAML, nulls, read-only fields; or comments and trailing commas (offered a fix).
 * Plain register input is left exactly as pasted.
 */
function importPastedDocument(text: string): void {
  const restored = restoreTaskDefinition(text);
  if (!restored.ok) {
    if (restored.canStripComments) {
      useImportStore.setState({
        result: null,
        failure: {
          source: 'the pasted text',
          message: restored.message,
          ...(restored.line !== undefined ? { line: restored.line, column: restored.column } : {}),
          canStripComments: true,
          text,
        },
      });
    }
    return; // other refusals: the syntax banner already says where the problem is
  }
  const { report } = restored;
  const needsImport =
    restored.shape !== 'register-input' ||
    report.removed.length > 0 ||
    report.moved.length > 0 ||
    report.duplicateKeys.length > 0 ||
    report.numbersAsStrings.length > 0 ||
    report.notes.some((note) => note.kind === 'bom');
  if (needsImport) void importText(text, 'the pasted text');
}
