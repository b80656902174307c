import { useEffect, useRef, useState } from 'react';
import { importText, importWithoutComments, useImportStore } from '../../document/import-actions';
import { readFileText } from './read-file';

/**
 * Import by pasting or opening a file: register input, describe-task-definition output (bare or wrapped),
 * a containerDefinitions array, one container, or YAML. A refusal says why and where, in the dialog.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const failure = useImportStore((s) => s.failure);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
    useImportStore.setState({ failure: null });
  }, []);

  const run = async (input: string, source: string) => {
    if (await importText(input, source)) onClose();
  };
  const onFile = async (file: File | undefined) => {
    if (file) await run(await readFileText(file), file.name);
  };

  return (
    <dialog ref={ref} className="dialog dialog-wide" aria-labelledby="import-title" onCancel={onClose}>
      <h2 id="import-title">Import a task definition</h2>
      <p className="field-help">
        Paste JSON or YAML: register input, <code>describe-task-definition</code> output, a <code>containerDefinitions</code> array or one
        container. Read-only fields and <code>null</code>s are removed; the report lists every change.
      </p>
      <div className="field">
        <label htmlFor="import-text">Task definition text</label>
        <textarea
          id="import-text"
          className="input import-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
          rows={12}
        />
      </div>
      <div className="field">
        <label htmlFor="import-file">Or open a file</label>
        <input
          id="import-file"
          type="file"
          accept=".json,.yaml,.yml,application/json,text/yaml"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {failure ? (
        <div className="import-failure" role="alert">
          <p>
            <strong>Could not import {failure.source}</strong>
            {failure.line !== undefined ? ` (line ${failure.line}, column ${failure.column})` : ''}: {failure.message}
          </p>
          {failure.canStripComments ? (
            <button type="button" className="button" onClick={async () => (await importWithoutComments()) && onClose()}>
              Remove comments and trailing commas, then import
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={text.trim() === ''}
          onClick={() => void run(text, 'the pasted text')}
        >
          Import
        </button>
      </div>
    </dialog>
  );
}
