import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useHistoryStore } from '../../document/history';
import { dismissBrokenLink, keepSharedDocument, returnToSavedWork, useShareSession } from '../../document/share-session';
import './share.css';

/** Says that the editor shows a document from a link, apart from the saved work, and offers to keep it or go back. */
export function SharedDocumentBar() {
  const { active, failure } = useShareSession();
  const edited = useHistoryStore((s) => s.past.length > 0);
  const [confirming, setConfirming] = useState<'keep' | 'back' | null>(null);
  if (failure) {
    return (
      <div className="share-bar share-bar-error" role="alert">
        <p>{failure} Your saved work is shown instead.</p>
        <button type="button" className="button" onClick={dismissBrokenLink}>
          Dismiss
        </button>
      </div>
    );
  }
  if (!active) return null;
  return (
    <div className="share-bar" role="region" aria-label="Shared document">
      <p>
        <strong>You opened a shared task definition.</strong> Your saved work is kept apart and is not changed while you look at or edit
        this one.
      </p>
      <div className="share-bar-actions">
        <button type="button" className="button button-primary" onClick={() => setConfirming('keep')}>
          Keep this document
        </button>
        <button type="button" className="button" onClick={() => (edited ? setConfirming('back') : returnToSavedWork())}>
          Back to my work
        </button>
      </div>
      {confirming === 'keep' ? (
        <ConfirmDialog
          title="Replace your saved work?"
          confirmLabel="Keep the shared document"
          onConfirm={() => {
            keepSharedDocument();
            setConfirming(null);
          }}
          onCancel={() => setConfirming(null)}
        >
          The shared document becomes the one this browser saves; your current saved work is replaced.
        </ConfirmDialog>
      ) : null}
      {confirming === 'back' ? (
        <ConfirmDialog
          title="Leave the shared document?"
          confirmLabel="Discard it and go back"
          onConfirm={() => {
            returnToSavedWork();
            setConfirming(null);
          }}
          onCancel={() => setConfirming(null)}
        >
          Your edits to the shared document are not saved anywhere. The link still opens the original.
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
