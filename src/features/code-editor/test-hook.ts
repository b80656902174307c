import type * as Monaco from 'monaco-editor/editor';
import { monaco } from './monaco-setup';

/** What end-to-end tests and benchmarks read from the editor (see e2e/monaco.ts). */
export interface TaskDefEditorHook {
  getValue(): string;
  setValue(text: string): void;
  getOffset(): number;
  setOffset(offset: number): void;
  getSelection(): { start: number; end: number };
  getScrollTop(): number;
  /** Calls `listener` after every change of the model's content (benchmarks). */
  onChange(listener: () => void): void;
  markers(): { severity: number; message: string; startLineNumber: number; startColumn: number; source?: string }[];
}

declare global {
  interface Window {
    __taskDefEditor?: TaskDefEditorHook;
  }
}

/** Exposes the editor on `window.__taskDefEditor` in dev and test builds only (never in the released build). */
export function exposeTestHook(editor: Monaco.editor.IStandaloneCodeEditor): void {
  if (!(import.meta.env.DEV || import.meta.env.MODE === 'test')) return;
  const model = () => editor.getModel()!;
  window.__taskDefEditor = {
    getValue: () => model().getValue(),
    setValue: (text) => {
      // Through an edit (not setValue) so it behaves like typing: one content change, the binding sends it on.
      editor.executeEdits('test', [{ range: model().getFullModelRange(), text }]);
    },
    getOffset: () => model().getOffsetAt(editor.getPosition()!),
    setOffset: (offset) => {
      editor.setPosition(model().getPositionAt(offset));
      editor.focus();
    },
    getSelection: () => {
      const selection = editor.getSelection()!;
      return {
        start: model().getOffsetAt(selection.getStartPosition()),
        end: model().getOffsetAt(selection.getEndPosition()),
      };
    },
    getScrollTop: () => editor.getScrollTop(),
    onChange: (listener) => void model().onDidChangeContent(listener),
    markers: () => monaco.editor.getModelMarkers({ resource: model().uri }),
  };
}
