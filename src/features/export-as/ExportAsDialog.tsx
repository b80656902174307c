import { useEffect, useRef, useState } from 'react';
import type { ConvertReportEntry, OutputFormat } from '../../core/convert';
import { useDocumentStore } from '../../document/store';
import { saveTextFile } from './save-text-file';

/** The formats offered, in menu order; the labels match the exporters'. */
const FORMATS: { format: OutputFormat; label: string }[] = [
  { format: 'cloudformation-yaml', label: 'CloudFormation template (YAML)' },
  { format: 'cloudformation', label: 'CloudFormation template (JSON)' },
  { format: 'terraform', label: 'Terraform (aws_ecs_task_definition)' },
  { format: 'cdk', label: 'AWS CDK app (TypeScript)' },
  { format: 'aws-cli', label: 'AWS CLI command (shell)' },
  { format: 'github-actions', label: 'GitHub Actions workflow' },
  { format: 'json', label: 'Register-ready JSON' },
];

const PARAMETERIZABLE = new Set<OutputFormat>(['cloudformation', 'cloudformation-yaml', 'terraform']);

interface Preview {
  text: string;
  fileName: string;
  report: ConvertReportEntry[];
}

/**
 * Export as…: the document written for where task definitions are deployed (CloudFormation, Terraform, CDK, the AWS
 * CLI, GitHub Actions), with a read-only preview, Copy and Download. Nothing is sent anywhere.
 */
export function ExportAsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<OutputFormat>('cloudformation-yaml');
  const [parameters, setParameters] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [status, setStatus] = useState('');
  const doc = useDocumentStore((s) => s.doc);
  const broken = useDocumentStore((s) => s.syntaxErrors.length > 0);

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);

  useEffect(() => {
    let current = true;
    // Loaded on first use: keeps the converters out of the first screen's JavaScript.
    void import('../../core/convert').then(({ exportDocument, exporterFor }) => {
      const result = exportDocument(doc, format, { parameterizePlaceholders: parameters });
      const exporter = exporterFor(format);
      if (current && result && exporter) setPreview({ text: result.text, report: result.report, fileName: exporter.fileName(doc) });
    });
    return () => {
      current = false;
    };
  }, [doc, format, parameters]);

  const copy = async () => {
    if (!preview) return;
    try {
      await navigator.clipboard.writeText(preview.text);
      setStatus(`Copied ${preview.fileName}`);
    } catch {
      setStatus('The browser refused clipboard access; use Download instead.');
    }
  };
  const download = () => {
    if (!preview) return;
    saveTextFile(preview.fileName, preview.text);
    setStatus(`Downloaded ${preview.fileName}`);
  };
  const reason = broken ? 'The JSON has a syntax error: this is the last valid version.' : '';

  return (
    <dialog ref={ref} className="dialog dialog-wide" aria-labelledby="export-as-title" onCancel={onClose}>
      <h2 id="export-as-title">Export as…</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="export-as-format">Format</label>
          <select id="export-as-format" className="input" value={format} onChange={(e) => setFormat(e.target.value as OutputFormat)}>
            {FORMATS.map((f) => (
              <option key={f.format} value={f.format}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <label className="field-inline">
          <input
            type="checkbox"
            checked={parameters && PARAMETERIZABLE.has(format)}
            disabled={!PARAMETERIZABLE.has(format)}
            onChange={(e) => setParameters(e.target.checked)}
          />{' '}
          Placeholders such as <code>{'${IMAGE}'}</code> become {format === 'terraform' ? 'variables' : 'parameters'}
        </label>
      </div>
      {reason ? (
        <p className="dialog-warning" role="note">
          {reason}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="export-as-preview">
          Preview of <code>{preview?.fileName ?? '…'}</code>
        </label>
        <pre
          id="export-as-preview"
          className="input"
          tabIndex={0}
          // A fixed height, so the dialog does not jump when the format changes.
          style={{
            height: '50vh',
            overflow: 'auto',
            margin: 0,
            whiteSpace: 'pre',
            fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          }}
        >
          {preview?.text ?? ''}
        </pre>
      </div>
      {preview && preview.report.length > 0 ? (
        <ul className="field-help" aria-label="Export notes">
          {preview.report.map((entry, i) => (
            <li key={i}>
              {entry.severity}
              {entry.source !== '' ? ` ${entry.source}` : ''}: {entry.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="dialog-actions">
        <span className="toolbar-note" role="status" aria-live="polite">
          {status}
        </span>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="button" onClick={() => void copy()} disabled={!preview}>
          Copy
        </button>
        <button type="button" className="button button-primary" onClick={download} disabled={!preview}>
          Download
        </button>
      </div>
    </dialog>
  );
}
