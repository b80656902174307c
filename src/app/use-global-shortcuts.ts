import { useEffect } from 'react';
import { redo, undo } from '../document/history';

/**
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (and Ctrl+Y) undo and redo the document anywhere on the page, form fields
 * included, so there is one history. Inside Monaco the editor's own commands do the same (CodeEditor).
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
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
