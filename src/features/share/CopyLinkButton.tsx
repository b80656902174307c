import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDocumentStore } from '../../document/store';
import './share.css';

type Pending = { kind: 'secrets'; url: string; where: string[] } | { kind: 'too-long'; message: string } | null;

/**
 * "Copy link", in the export group (whose status slot says what happened): the document, compressed into the
 * link's fragment, which browsers never send to a server.
 * Asks first when the document holds secret-looking values; refuses links longer than browsers keep.
 */
export function CopyLinkButton({ onStatus }: { onStatus: (message: string) => void }) {
  const broken = useDocumentStore((s) => s.syntaxErrors.length > 0);
  const [pending, setPending] = useState<Pending>(null);

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      onStatus(`Copied a link (${url.length.toLocaleString('en-US')} characters) that carries the document; nothing was uploaded.`);
    } catch {
      onStatus('The browser refused clipboard access.');
    }
  };
  const request = async () => {
    const { text, doc } = useDocumentStore.getState();
    // Loaded on first use: lz-string stays out of the first screen's JavaScript.
    const { secretLookingValues, shareLinkFor } = await import('../../core/share/share-link');
    const link = shareLinkFor(`${location.origin}${location.pathname}`, text);
    if (!link.ok) return setPending({ kind: 'too-long', message: link.message });
    const secrets = secretLookingValues(doc);
    if (secrets.length > 0) return setPending({ kind: 'secrets', url: link.url, where: secrets.map((s) => s.where) });
    await copy(link.url);
  };

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void request()}
        disabled={broken}
        title={broken ? 'Fix the JSON syntax error first.' : 'Copy a link that carries this document (nothing is uploaded)'}
      >
        Copy link
      </button>
      {pending?.kind === 'secrets' ? (
        <ConfirmDialog
          title="Share values that look like secrets?"
          confirmLabel="Copy link anyway"
          onConfirm={() => {
            void copy(pending.url);
            setPending(null);
          }}
          onCancel={() => setPending(null)}
        >
          Anyone who has the link can read the whole document. These look like credentials:
          <ul className="confirm-list">
            {pending.where.slice(0, 8).map((where) => (
              <li key={where}>{where}</li>
            ))}
            {pending.where.length > 8 ? <li>…and {pending.where.length - 8} more.</li> : null}
          </ul>
          Move them to <code>secrets</code> (Secrets Manager or Parameter Store) before sharing.
        </ConfirmDialog>
      ) : null}
      {pending?.kind === 'too-long' ? <TooLongDialog message={pending.message} onClose={() => setPending(null)} /> : null}
    </>
  );
}

function TooLongDialog({ message, onClose }: { message: string; onClose: () => void }) {
  return (
    <dialog
      className="dialog"
      ref={(dialog) => {
        if (dialog && !dialog.open) dialog.showModal();
      }}
      aria-labelledby="share-too-long-title"
      onCancel={onClose}
    >
      <h2 id="share-too-long-title">This document is too large for a link</h2>
      <p>{message}</p>
      <div className="dialog-actions">
        <button type="button" className="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
