import { DiffEditor } from '@monaco-editor/react';
import { useColorScheme } from '../../hooks/use-color-scheme';
import './monaco-setup';

/**
 * Monaco's side-by-side diff of two texts (the Compare view's normalised JSON), read-only. Its models use their own
 * URIs, so the document's model and its undo stack are not touched.
 */
export function SideBySideDiff({ original, modified }: { original: string; modified: string }) {
  const scheme = useColorScheme();
  return (
    <DiffEditor
      original={original}
      modified={modified}
      language="json"
      originalModelPath="inmemory://compare/before.json"
      modifiedModelPath="inmemory://compare/after.json"
      theme={scheme === 'dark' ? 'vs-dark' : 'vs'}
      options={{
        readOnly: true,
        originalEditable: false,
        renderSideBySide: true,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        fontSize: 12,
        automaticLayout: true,
      }}
    />
  );
}
