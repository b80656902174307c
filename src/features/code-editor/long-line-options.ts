import type * as Monaco from 'monaco-editor/editor';

type Editor = Monaco.editor.IStandaloneCodeEditor;

/** A line longer than this (characters) is past Monaco's tokenization limit (20,000) in spirit: no one reads it. */
export const LONG_LINE = 10_000;

/** The bracket and highlight features that lay out or scan a whole line, off while the text has a very long one. */
const LONG_LINE_OPTIONS: Monaco.editor.IEditorOptions = {
  bracketPairColorization: { enabled: false },
  matchBrackets: 'never',
  guides: { bracketPairs: false, indentation: false },
  folding: false,
  occurrencesHighlight: 'off',
  selectionHighlight: false,
  renderLineHighlight: 'none',
  stopRenderingLineAfter: 1000,
};
const NORMAL_OPTIONS: Monaco.editor.IEditorOptions = {
  bracketPairColorization: { enabled: true },
  matchBrackets: 'always',
  guides: { bracketPairs: false, indentation: true },
  folding: true,
  occurrencesHighlight: 'singleFile',
  selectionHighlight: true,
  renderLineHighlight: 'line',
  stopRenderingLineAfter: 10_000,
};

function hasLongLine(model: Monaco.editor.ITextModel): boolean {
  if (model.getValueLength() <= LONG_LINE) return false;
  for (let line = model.getLineCount(); line >= 1; line--) if (model.getLineLength(line) > LONG_LINE) return true;
  return false;
}

/**
 * Pasting 30,000 nested `[` on one line froze the page for about a second while Monaco matched and coloured
 * brackets and drew guides across it (issue 13). While the text has such a line those features are off; they come
 * back when it is gone. Checked on every change before Monaco renders (its render waits for the next frame).
 */
export function followLongLines(editor: Editor): Monaco.IDisposable {
  let long = false;
  const update = () => {
    const model = editor.getModel();
    const now = model ? hasLongLine(model) : false;
    if (now === long) return;
    long = now;
    editor.updateOptions(long ? LONG_LINE_OPTIONS : NORMAL_OPTIONS);
    // Bracket colours are the model's option, not the editor's: the editor option alone left the model
    // colouring 60,000 brackets of one line on every render.
    model?.updateOptions({ bracketColorizationOptions: { enabled: !long, independentColorPoolPerBracketType: false } });
  };
  update();
  return editor.onDidChangeModelContent(update);
}
