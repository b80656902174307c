import { useState } from 'react';
import { exportFileName, serializeForRegister } from '../../core/import-export';
import { useDocumentStore } from '../../document/store';

/** Saves the task definition to a file the browser downloads; nothing leaves the machine. */
function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Download `<family>.json` and Copy: register-ready JSON, refused (with the reason) while the JSON is broken. */
export function ExportButtons() {
  const broken = useDocumentStore((s) => s.syntaxErrors.length > 0);
  const [status, setStatus] = useState('');
  const reason = broken ? 'Fix the JSON syntax error first: a broken document cannot be exported.' : undefined;

  const exportText = () => serializeForRegister(useDocumentStore.getState().doc);

  const onDownload = () => {
    const { doc } = useDocumentStore.getState();
    const name = exportFileName(doc);
    downloadText(name, exportText());
    setStatus(`Downloaded ${name}`);
  };

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(exportText());
      setStatus('Copied register-ready JSON');
    } catch {
      setStatus('The browser refused clipboard access; use Download instead.');
    }
  };

  return (
    <div className="toolbar-group">
      <button
        type="button"
        className="button button-primary"
        onClick={onDownload}
        disabled={broken}
        title={reason}
        aria-describedby={broken ? 'export-reason' : undefined}
      >
        Download
      </button>
      <button
        type="button"
        className="button"
        onClick={onCopy}
        disabled={broken}
        title={reason}
        aria-describedby={broken ? 'export-reason' : undefined}
      >
        Copy
      </button>
      {broken ? (
        <span id="export-reason" className="toolbar-note">
          {reason}
        </span>
      ) : null}
      <span className="toolbar-note" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
