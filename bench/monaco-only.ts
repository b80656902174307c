/**
 * Baseline page for the load benchmark: nothing but the bundled Monaco showing the same document the
 * app has in storage. The app's "forms interactive" time is divided by this page's "document shown" time.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { AUTOSAVE_KEY } from '../src/document/saved-text';

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

const element = document.getElementById('editor')!;
monaco.editor.create(element, {
  value: localStorage.getItem(AUTOSAVE_KEY) ?? '{}',
  language: 'json',
  automaticLayout: true,
  minimap: { enabled: false },
});

const waitForLines = () => {
  if (element.querySelector('.view-line')) performance.mark('document-shown');
  else requestAnimationFrame(waitForLines);
};
requestAnimationFrame(waitForLines);
