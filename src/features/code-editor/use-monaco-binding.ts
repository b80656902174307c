import { useEffect } from 'react';
import type * as Monaco from 'monaco-editor/editor';
import { applyCodeEdit } from '../../document/actions';
import { useDocumentStore } from '../../document/store';
import { followCaretIntoForms, revealEditedRange } from './follow-forms';

type Editor = Monaco.editor.IStandaloneCodeEditor;

/**
 * Keeps the uncontrolled Monaco model and the store in step, both ways, without echo:
 * - outbound: every content change the user makes goes to `applyCodeEdit`;
 * - inbound: form and structure changes arrive as minimal edits (`lastChange.edits`) applied to the model,
 *   so caret, selection and scroll stay; anything else (import, history) is a full replace that keeps the
 *   view state. Changes that came from the code view itself are ignored.
 * It also makes the two views follow each other (follow-forms.ts): a form edit scrolls the JSON to the
 * changed value, and the JSON caret selects its container and shows its field in the forms.
 */
export function useMonacoBinding(editor: Editor | null): void {
  useEffect(() => {
    if (!editor) return;
    const model = editor.getModel();
    if (!model) return;
    let applyingExternalEdit = false;

    const outbound = model.onDidChangeContent(() => {
      if (!applyingExternalEdit) applyCodeEdit(model.getValue());
    });

    const syncFromStore = () => {
      const { text, lastChange } = useDocumentStore.getState();
      if (lastChange.origin === 'code' || model.getValue() === text) return;
      applyingExternalEdit = true;
      try {
        if (lastChange.edits) {
          revealEditedRange(editor, lastChange.edits);
          for (const edit of lastChange.edits) {
            const start = model.getPositionAt(edit.offset);
            const end = model.getPositionAt(edit.offset + edit.length);
            model.applyEdits([
              {
                range: {
                  startLineNumber: start.lineNumber,
                  startColumn: start.column,
                  endLineNumber: end.lineNumber,
                  endColumn: end.column,
                },
                text: edit.content,
              },
            ]);
          }
        }
        if (model.getValue() !== text) {
          // Full replace (import, or edits that did not line up): keep where the user was looking.
          const viewState = editor.saveViewState();
          model.setValue(text);
          if (viewState) editor.restoreViewState(viewState);
        }
      } finally {
        applyingExternalEdit = false;
      }
    };

    syncFromStore();
    const inbound = useDocumentStore.subscribe((s) => s.lastChange, syncFromStore);
    const follow = followCaretIntoForms(editor);
    return () => {
      outbound.dispose();
      inbound();
      follow.dispose();
    };
  }, [editor]);
}
