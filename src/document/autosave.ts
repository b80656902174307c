import { AUTOSAVE_KEY, LAST_VALID_KEY } from './saved-text';
import { isSharedSession, useShareSession } from './share-session';
import { flushSavedView, saveView } from './saved-view';
import { useDocumentStore } from './store';

/** How long after the last change the text is written (well within the one second we promise). */
export const AUTOSAVE_DELAY_MS = 300;

/**
 * Saves the raw text (not the parsed document, so a reload never loses a broken edit) a moment after
 * each change, off the keystroke path; while it does not parse, the last text that did goes beside it,
 * so a reload still shows the forms and can discard back to it. Returns the unsubscribe function.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    // A document opened from a share link leaves the saved work alone until the user keeps it.
    if (isSharedSession()) return;
    try {
      const { text, lastValidText, syntaxErrors } = useDocumentStore.getState();
      // Last valid first: a quota failure on the second write then leaves a pair that still reloads.
      if (syntaxErrors.length > 0) localStorage.setItem(LAST_VALID_KEY, lastValidText);
      localStorage.setItem(AUTOSAVE_KEY, text);
      if (syntaxErrors.length === 0) localStorage.removeItem(LAST_VALID_KEY);
    } catch {
      // Quota exceeded or storage disabled: the document stays in memory; nothing else to do.
    }
  };
  // The syntax errors follow the text after the parse debounce: save again then, so the pair stays in step.
  const unsubscribe = useDocumentStore.subscribe(
    (s) => [s.text, s.syntaxErrors] as const,
    () => {
      if (timer === undefined) timer = setTimeout(save, AUTOSAVE_DELAY_MS);
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  const unsubscribeSelection = useDocumentStore.subscribe(
    (s) => s.selectedContainer,
    (selectedContainer) => isSharedSession() || saveView({ selectedContainer }),
  );
  const flush = () => {
    flushSavedView();
    if (timer !== undefined) {
      clearTimeout(timer);
      save();
    }
  };
  window.addEventListener('pagehide', flush);
  // When a shared document's session ends, what the editor shows is the user's work again: save it at once.
  const unsubscribeShare = useShareSession.subscribe((now, before) => {
    if (before.active && !now.active) save();
  });
  return () => {
    unsubscribeShare();
    unsubscribe();
    unsubscribeSelection();
    window.removeEventListener('pagehide', flush);
  };
}
