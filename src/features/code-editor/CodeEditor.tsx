import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import type * as Monaco from 'monaco-editor/editor';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import { useDocumentStore } from '../../document/store';
import { useColorScheme } from '../../hooks/use-color-scheme';
import { parseJsonTree, rangeOfPath } from '../../core/json-text';
import { installEditorCommands } from './editor-commands';
import { followLongLines } from './long-line-options';
import { setIssueMarkers, setSyntaxMarker } from './markers';
import { MODEL_PATH, monaco } from './monaco-setup';
import { exposeTestHook } from './test-hook';
import { useMonacoBinding } from './use-monaco-binding';
import { useTabEscape } from './use-tab-escape';

// Syntax errors get one marker of ours, at the first error (markers.ts): Monaco's JSON validation would mark
// every error that cascades from it. Completion and hover from the schema stay on.
jsonDefaults.setDiagnosticsOptions({ ...jsonDefaults.diagnosticsOptions, validate: false });

const HINTS = {
  hidden: '',
  'how-to-leave': 'Esc then Tab to leave the editor',
  'tab-leaves': 'Tab now leaves the editor',
} as const;

type Editor = Monaco.editor.IStandaloneCodeEditor;

/** The JSON view: an uncontrolled Monaco editor bound to the store (see use-monaco-binding.ts). */
export function CodeEditor() {
  const [editor, setEditor] = useState<Editor | null>(null);
  const scheme = useColorScheme();
  useMonacoBinding(editor);
  useIssueMarkers(editor);
  useCodeFocusRequests(editor);
  const hint = useTabEscape(editor);

  const onMount: OnMount = (mounted) => {
    setEditor(mounted);
    installEditorCommands(mounted);
    followLongLines(mounted);
    exposeTestHook(mounted);
  };

  return (
    <div className="code-editor">
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
          ariaLabel: 'Task definition JSON. Press Escape then Tab to leave the editor.',
          fixedOverflowWidgets: true,
          // Tab indents; Escape then Tab leaves (use-tab-escape.ts), so the page stays keyboard-navigable.
          tabFocusMode: false,
        }}
      />
      {/* Floats over the editor's bottom corner: showing and hiding it moves nothing. */}
      <p className="code-editor-hint" aria-hidden="true" hidden={hint === 'hidden'}>
        {HINTS[hint]}
      </p>
    </div>
  );
}

function useIssueMarkers(editor: Editor | null) {
  useEffect(() => {
    if (!editor) return;
    const update = () => {
      const model = editor.getModel();
      const { text, issues, syntaxErrors, parsePending } = useDocumentStore.getState();
      if (!model || parsePending) return;
      setSyntaxMarker(monaco, model, syntaxErrors);
      if (syntaxErrors.length === 0) setIssueMarkers(monaco, model, text, issues);
    };
    update();
    // In a task of its own, after the one that changed the store: placing markers parses the text again, and
    // with a large pasted document that doubled the store update's long task (issue 13). Several changes in a
    // row place the markers once, for the latest state.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      if (timer === undefined) timer = setTimeout(() => ((timer = undefined), update()), 0);
    };
    const unsubscribe = useDocumentStore.subscribe((s) => [s.issues, s.parsePending, s.syntaxErrors] as const, schedule, {
      equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2],
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
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
