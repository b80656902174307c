import { useEffect, useRef } from 'react';
import { TEMPLATES } from '../../core/templates';
import { loadDocument } from '../../document/import-actions';
import { INITIAL_TEXT } from '../../document/initial-document';
import { useDocumentStore } from '../../document/store';

/** "New": start from a template. Says first that the current document will be replaced (undo brings it back). */
export function NewDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const modified = useDocumentStore((s) => s.text !== INITIAL_TEXT);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog dialog-wide" aria-labelledby="new-title" onCancel={onClose}>
      <h2 id="new-title">New task definition</h2>
      {modified ? (
        <p className="dialog-warning" role="note">
          This replaces the task definition you are editing. Download it first if you want to keep it; Undo (Ctrl+Z) also brings it back.
        </p>
      ) : null}
      <ul className="template-list" aria-label="Templates">
        {TEMPLATES.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              className="template"
              onClick={() => {
                loadDocument(structuredClone(template.document));
                onClose();
              }}
            >
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
    </dialog>
  );
}
