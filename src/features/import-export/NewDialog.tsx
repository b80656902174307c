import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TEMPLATES, type TaskDefinitionTemplate as Template } from '../../core/templates';
import { loadDocument } from '../../document/import-actions';
import { INITIAL_TEXT } from '../../document/initial-document';
import { useDocumentStore } from '../../document/store';

const undoKey = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘Z' : 'Ctrl+Z';

/** "New": start from a template. When the current document has work in it, asks before replacing it. */
export function NewDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<Template | null>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const start = (template: Template) => {
    loadDocument(structuredClone(template.document));
    onClose();
  };
  const choose = (template: Template) => {
    // The untouched starting document is no work to lose; anything else (broken text included) is.
    const modified = useDocumentStore.getState().text !== INITIAL_TEXT;
    if (modified) setPending(template);
    else start(template);
  };
  return (
    <dialog ref={ref} className="dialog dialog-wide" aria-labelledby="new-title" onCancel={onClose}>
      <h2 id="new-title">New task definition</h2>
      <ul className="template-list" aria-label="Templates">
        {TEMPLATES.map((template) => (
          <li key={template.id}>
            <button type="button" className="template" onClick={() => choose(template)}>
              <strong>{template.title}</strong>
              <span>{template.description}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      {pending ? (
        <ConfirmDialog
          title="Replace the current task definition?"
          confirmLabel={`Start from “${pending.title}”`}
          onConfirm={() => start(pending)}
          onCancel={() => setPending(null)}
        >
          The task definition you are editing is replaced by the template. Download it first to keep a copy; Undo ({undoKey}) also brings it
          back.
        </ConfirmDialog>
      ) : null}
    </dialog>
  );
}
