import { AUTOSAVE_KEY } from './saved-text';
import { isSharedSession, useShareSession } from './share-session';
import { flushSavedView, saveView } from './saved-view';
import { useDocumentStore } from './store';

/** How long after the last change the text is written (well within the one second we promise). */
export const AUTOSAVE_DELAY_MS = 300;

/**
 * Saves the raw text (not the parsed document, so a reload never loses a broken edit) a moment after
 * each change, off the keystroke path. Returns the unsubscribe function.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    // A document opened from a share link leaves the saved work alone until the user keeps it.
    if (isSharedSession()) return;
    try {
      localStorage.setItem(AUTOSAVE_KEY, useDocumentStore.getState().text);
    } catch {
      // Quota exceeded or storage disabled: the document stays in memory; nothing else to do.
    }
  };
  const unsubscribe = useDocumentStore.subscribe(
    (s) => s.text,
    () => {
      if (timer === undefined) timer = setTimeout(save, AUTOSAVE_DELAY_MS);
    },
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
