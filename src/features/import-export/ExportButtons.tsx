import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { recordDownload } from '../../document/baselines';
import { useDocumentStore } from '../../document/store';
import { CopyLinkButton } from '../share/CopyLinkButton';
import { downloadText } from './download';
import { onDownloadRequest } from './download-request';

type ExportKind = 'download' | 'copy' | 'command';

const reasonText = 'Fix the JSON syntax error first: a broken document cannot be exported.';

/**
 * Download `<family>.json`, Copy, and Copy the register command: register-ready JSON (read-only fields and
 * nulls removed). Refused with the reason while the JSON does not parse; asks first when it has errors.
 */
export function ExportButtons() {
  const broken = useDocumentStore((s) => s.syntaxErrors.length > 0);
  const [sortEnvironment, setSortEnvironment] = useState(false);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<ExportKind | null>(null);
  const reason = broken ? reasonText : undefined;

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
  // Ctrl/Cmd+S: the same path as a click on Download (refused the same way while the JSON is broken).
  const requestRef = useRef(request);
  requestRef.current = request;
  useEffect(
    () =>
      onDownloadRequest(() => (useDocumentStore.getState().syntaxErrors.length ? setStatus(reasonText) : requestRef.current('download'))),
    [],
  );
  const errors = useDocumentStore.getState().issues.filter((issue) => issue.severity === 'error');
  const common = { disabled: broken, title: reason, 'aria-describedby': broken ? 'export-reason' : undefined };

  return (
    <div className="toolbar-group toolbar-export">
      {/* A slot of its own that takes the free width: a message coming or going never moves a button. */}
      <span className="toolbar-status">
        {broken ? (
          <span className="toolbar-note" title={reason}>
            Export needs valid JSON
            <span id="export-reason" className="visually-hidden">
              {reason}
            </span>
          </span>
        ) : (
          <span className="toolbar-note" role="status" aria-live="polite" title={status}>
            {status}
          </span>
        )}
      </span>
      <label className="toolbar-check">
        <input type="checkbox" checked={sortEnvironment} onChange={(e) => setSortEnvironment(e.target.checked)} /> Sort
        <span className="narrow-hidden"> variables</span>
      </label>
      <button type="button" className="button button-primary" onClick={() => request('download')} {...common}>
        Download
      </button>
      <button type="button" className="button" onClick={() => request('copy')} {...common}>
        Copy
      </button>
      <button type="button" className="button" onClick={() => request('command')} {...common}>
        Copy <span className="narrow-hidden">CLI </span>command
      </button>
      <CopyLinkButton onStatus={setStatus} />
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
