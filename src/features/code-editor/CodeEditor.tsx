import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import type * as Monaco from 'monaco-editor/editor';
import { useDocumentStore } from '../../document/store';
import { useColorScheme } from '../../hooks/use-color-scheme';
import { parseJsonTree, rangeOfPath } from '../../core/json-text';
import { installEditorCommands } from './editor-commands';
import { setIssueMarkers } from './markers';
import { MODEL_PATH, monaco } from './monaco-setup';
import { exposeTestHook } from './test-hook';
import { useMonacoBinding } from './use-monaco-binding';

type Editor = Monaco.editor.IStandaloneCodeEditor;

/** The JSON view: an uncontrolled Monaco editor bound to the store (see use-monaco-binding.ts). */
export function CodeEditor() {
  const [editor, setEditor] = useState<Editor | null>(null);
  const scheme = useColorScheme();
  useMonacoBinding(editor);
  useIssueMarkers(editor);
  useCodeFocusRequests(editor);

  const onMount: OnMount = (mounted) => {
    setEditor(mounted);
    installEditorCommands(mounted);
    exposeTestHook(mounted);
  };

  return (
    <Editor
      path={MODEL_PATH}
      defaultLanguage="json"
      defaultValue={useDocumentStore.getState().text}
      theme={scheme === 'dark' ? 'vs-dark' : 'vs'}
      onMount={onMount}
      loading={<p className="editor-loading">Loading the JSON editor…</p>}
      options={{
        automaticLayout: true,
        minimap: { enabled: false },
        fontSize: 13,
        tabSize: 2,
        scrollBeyondLastLine: false,
        ariaLabel: 'Task definition JSON',
        fixedOverflowWidgets: true,
        // Tab moves focus out of the editor, so the page stays keyboard-navigable.
        tabFocusMode: false,
      }}
    />
  );
}

function useIssueMarkers(editor: Editor | null) {
  useEffect(() => {
    if (!editor) return;
    const update = () => {
      const model = editor.getModel();
      const { text, issues, syntaxErrors, parsePending } = useDocumentStore.getState();
      if (!model || parsePending || syntaxErrors.length > 0) return;
      setIssueMarkers(monaco, model, text, issues);
    };
    update();
    return useDocumentStore.subscribe((s) => [s.issues, s.parsePending, s.syntaxErrors] as const, update, {
      equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2],
    });
  }, [editor]);
}

function useCodeFocusRequests(editor: Editor | null) {
  useEffect(() => {
    if (!editor) return;
    return useDocumentStore.subscribe(
      (s) => s.focusRequest,
      (request) => {
        const model = editor.getModel();
        if (!request || !model) return;
        let offset = request.offset;
        if (offset === undefined && request.path) {
          const range = rangeOfPath(parseJsonTree(model.getValue()), request.path);
          offset = range?.keyOffset ?? range?.offset;
        }
        if (offset === undefined) return;
        const position = model.getPositionAt(offset);
        editor.revealLineInCenter(position.lineNumber);
        // A request for the form only reveals the line; one for the code moves the caret there too.
        if (request.target === 'code') {
          editor.setPosition(position);
          editor.focus();
        }
      },
    );
  }, [editor]);
}
