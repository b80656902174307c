import { useEffect, useState } from 'react';
import type * as Monaco from 'monaco-editor/editor';
import { monaco } from './monaco-setup';

type Editor = Monaco.editor.IStandaloneCodeEditor;

/** What the hint under the editor says: nothing (not focused), how to leave, or that Tab leaves now. */
export type TabEscapeHint = 'hidden' | 'how-to-leave' | 'tab-leaves';

/**
 * Tab inserts spaces in the JSON view, as in every code editor, so it would trap keyboard users. As in
 * CodeMirror and VS Code's "Tab moves focus": Escape first, and the next Tab (or Shift+Tab) moves focus out
 * of the editor; any other key returns Tab to indenting. It drives the editor-scoped `editorTabMovesFocus`
 * context key, which Monaco's Tab keybinding checks (microsoft/monaco-editor#2373); the global
 * `editor.action.toggleTabFocusMode` would instead change every editor until toggled back.
 */
export function useTabEscape(editor: Editor | null): TabEscapeHint {
  const [hint, setHint] = useState<TabEscapeHint>('hidden');
  useEffect(() => {
    if (!editor) return;
    const tabMovesFocus = editor.createContextKey<boolean>('editorTabMovesFocus', false);
    const arm = (armed: boolean) => {
      tabMovesFocus.set(armed);
      setHint(armed ? 'tab-leaves' : 'how-to-leave');
    };
    const { KeyCode } = monaco;
    const disposables = [
      editor.onKeyDown((event) => {
        if (event.keyCode === KeyCode.Escape) arm(true);
        else if (event.keyCode !== KeyCode.Tab && event.keyCode !== KeyCode.Shift) arm(false);
      }),
      editor.onDidFocusEditorText(() => arm(false)),
      editor.onDidBlurEditorText(() => {
        tabMovesFocus.set(false);
        setHint('hidden');
      }),
    ];
    if (editor.hasTextFocus()) arm(false);
    return () => disposables.forEach((d) => d.dispose());
  }, [editor]);
  return hint;
}
