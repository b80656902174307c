import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { recordDownload } from '../../document/baselines';
import { useDocumentStore } from '../../document/store';
import { downloadText } from './download';

type ExportKind = 'download' | 'copy' | 'command';

/**
 * Download `<family>.json`, Copy, and Copy the register command: register-ready JSON (read-only fields and
 * nulls removed). Refused with the reason while the JSON does not parse; asks first when it has errors.
 */
export function ExportButtons() {
  const broken = useDocumentStore((s) => s.syntaxErrors.length > 0);
  const [sortEnvironment, setSortEnvironment] = useState(false);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<ExportKind | null>(null);
  const reason = broken ? 'Fix the JSON syntax error first: a broken document cannot be exported.' : undefined;

  const perform = async (kind: ExportKind) => {
    const { doc } = useDocumentStore.getState();
    // Loaded on first export: keeps the import/export code out of the first screen's JavaScript.
    const { exportFileName, registerCommand, serializeForRegister } = await import('../../core/import-export');
    const name = exportFileName(doc);
    const text = serializeForRegister(doc, { sortEnvironment });
    try {
      if (kind === 'download') {
        downloadText(name, text);
        recordDownload(doc, name);
      } else
        await navigator.clipboard.writeText(kind === 'copy' ? text : registerCommand(typeof doc.family === 'string' ? doc.family : ''));
      setStatus(
        kind === 'download' ? `Downloaded ${name}` : kind === 'copy' ? 'Copied register-ready JSON' : 'Copied the register command',
      );
    } catch {
      setStatus('The browser refused clipboard access; use Download instead.');
    }
  };
  const request = (kind: ExportKind) => {
    const hasErrors = useDocumentStore.getState().issues.some((issue) => issue.severity === 'error');
    if (hasErrors) setConfirming(kind);
    else void perform(kind);
  };
  const errors = useDocumentStore.getState().issues.filter((issue) => issue.severity === 'error');
  const common = { disabled: broken, title: reason, 'aria-describedby': broken ? 'export-reason' : undefined };

  return (
    <div className="toolbar-group">
      <label className="toolbar-check">
        <input type="checkbox" checked={sortEnvironment} onChange={(e) => setSortEnvironment(e.target.checked)} /> Sort variables
      </label>
      <button type="button" className="button button-primary" onClick={() => request('download')} {...common}>
        Download
      </button>
      <button type="button" className="button" onClick={() => request('copy')} {...common}>
        Copy
      </button>
      <button type="button" className="button" onClick={() => request('command')} {...common}>
        Copy CLI command
      </button>
      {broken ? (
        <span id="export-reason" className="toolbar-note">
          {reason}
        </span>
      ) : null}
      <span className="toolbar-note" role="status" aria-live="polite">
        {status}
      </span>
      {confirming ? (
        <ConfirmDialog
          title={`Export with ${errors.length} error${errors.length === 1 ? '' : 's'}?`}
          confirmLabel="Export anyway"
          onConfirm={() => {
            void perform(confirming);
            setConfirming(null);
          }}
          onCancel={() => setConfirming(null)}
        >
          register-task-definition will probably reject it:
          <ul className="confirm-list">
            {errors.slice(0, 8).map((issue, i) => (
              <li key={i}>{issue.message}</li>
            ))}
            {errors.length > 8 ? <li>…and {errors.length - 8} more in the Problems list.</li> : null}
          </ul>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
