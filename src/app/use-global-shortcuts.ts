import { useEffect } from 'react';
import { redo, undo } from '../document/history';
import { requestDownload } from '../features/import-export/download-request';

/**
 * Ctrl/Cmd+S downloads, the JSON view included (Monaco binds no save, so the key reaches the page), instead
 * of the browser saving the page's HTML.
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (and Ctrl+Y) undo and redo the document anywhere on the page, form fields
 * included, so there is one history. Inside Monaco the editor's own commands do the same (CodeEditor).
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'F1' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) return focusFieldDocs(event);
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
      if (event.key.toLowerCase() === 's' && !event.shiftKey) {
        event.preventDefault();
        if (!(event.target as Element | null)?.closest?.('dialog')) requestDownload();
        return;
      }
      if ((event.target as Element | null)?.closest?.('.monaco-editor, dialog')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** F1 in a form field focuses its "API reference" link (out of the tab order otherwise); Enter then opens it. */
function focusFieldDocs(event: KeyboardEvent): void {
  const field = (event.target as Element | null)?.closest?.('.field, fieldset, [role="group"]');
  const link = field?.querySelector<HTMLAnchorElement>('a.field-docs');
  if (!link) return;
  event.preventDefault();
  link.focus();
}
