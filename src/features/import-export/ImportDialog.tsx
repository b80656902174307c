import { recordImport } from '../../document/baselines';
import { useEffect, useRef, useState } from 'react';
import type { InputFormat } from '../../core/convert';
import { importText, importWithoutComments, loadDocument, useImportStore } from '../../document/import-actions';
import { ConversionPreview } from './ConversionPreview';
import { usePendingImport } from './pending-import';
import { readFileText } from './read-file';
import { loadConverters } from './use-conversion';

/** What the dialog holds once the text is read as another format than a task definition. */
interface Preview {
  text: string;
  source: string;
  format: InputFormat;
}

/**
 * Import by pasting, opening or dropping a file. A task definition (register input, describe-task-definition output,
 * a containerDefinitions array, one container, YAML) is imported at once. Any other format the converter registry
 * detects (docker-compose, docker run, Kubernetes, and whatever importers it gains) is converted first and shown with
 * its report and choices; it replaces the document only when confirmed. A refusal says why and where, in the dialog.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [detected, setDetected] = useState<{ format: InputFormat; label: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [dragging, setDragging] = useState(false);
  const failure = useImportStore((s) => s.failure);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
    useImportStore.setState({ failure: null });
    // Opened by a file dropped on the page: show its conversion at once.
    const pending = usePendingImport.getState().pending;
    if (pending) {
      setText(pending.text);
      void loadConverters().then(({ detectInputFormat }) => setPreview({ ...pending, format: detectInputFormat(pending.text) }));
    }
  }, []);
  useEffect(() => {
    let live = true;
    void loadConverters().then(({ detectInputFormat, importerFor }) => {
      if (!live) return;
      const format = text.trim() === '' ? null : detectInputFormat(text);
      setDetected(format && format !== 'json' ? { format, label: importerFor(format)?.label ?? format } : null);
    });
    return () => {
      live = false;
    };
  }, [text]);

  const run = async (input: string, source: string) => {
    const { detectInputFormat } = await loadConverters();
    const format = detectInputFormat(input);
    if (format !== 'json') setPreview({ text: input, source, format });
    else if (await importText(input, source)) onClose();
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const content = await readFileText(file);
    setText(content);
    await run(content, file.name);
  };

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-wide${dragging ? ' dialog-dragging' : ''}`}
      aria-labelledby="import-title"
      onCancel={onClose}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        // The page-wide drop handler must not import the file behind the dialog's back.
        e.stopPropagation();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.stopPropagation();
        setDragging(false);
        void onFile(e.dataTransfer.files[0]);
      }}
    >
      <h2 id="import-title">{preview ? 'Convert to a task definition' : 'Import a task definition'}</h2>
      {preview ? (
        <ConversionPreview
          {...preview}
          onBack={() => setPreview(null)}
          onCancel={onClose}
          onReplace={(doc) => {
            loadDocument(doc);
            recordImport(doc, preview.source);
            onClose();
          }}
        />
      ) : (
        <>
          <p className="field-help">
            Paste or drop JSON or YAML: register input, <code>describe-task-definition</code> output, a <code>containerDefinitions</code>{' '}
            array or one container. A docker-compose file, a <code>docker run</code> command or a Kubernetes manifest is converted, with a
            report, before it replaces the document.
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
              aria-describedby="import-detected"
            />
            <p id="import-detected" className="field-help" aria-live="polite">
              {detected ? `Detected: ${detected.label}.` : '\u00a0'}
            </p>
          </div>
          <div className="field">
            <label htmlFor="import-file">Or open a file</label>
            <input
              id="import-file"
              type="file"
              accept=".json,.yaml,.yml,.sh,.txt,application/json,text/yaml"
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
              {detected ? 'Convert…' : 'Import'}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
