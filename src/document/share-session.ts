/**
 * A document opened from a share link is edited apart from the user's saved work: while the session lasts,
 * autosave writes nothing, so the saved document stays as it was until the user chooses to keep the shared one.
 */
import { create } from 'zustand';
import { clearHistory } from './history';
import { loadSavedText } from './saved-text';
import { resetDocumentStore } from './store';

interface ShareSessionState {
  /** True while the editor shows a shared document and the saved work is left alone. */
  active: boolean;
  /** Why the link could not be opened (it was cut short, …); the saved work is shown instead. */
  failure: string | null;
}

export const useShareSession = create<ShareSessionState>()(() => ({ active: false, failure: null }));

export function isSharedSession(): boolean {
  return useShareSession.getState().active;
}

/** Drops the fragment, so a reload or a bookmark no longer opens the shared document. */
function forgetLink(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

/** Shows `text` from a link without touching the saved work. */
export function openSharedText(text: string): void {
  useShareSession.setState({ active: true, failure: null });
  resetDocumentStore(text);
  clearHistory();
}

export function reportBrokenLink(message: string): void {
  useShareSession.setState({ active: false, failure: message });
  forgetLink();
}

/** Makes the shared document the user's own: autosave writes it over the saved work (see autosave.ts). */
export function keepSharedDocument(): void {
  forgetLink();
  useShareSession.setState({ active: false });
}

/** Leaves the shared document and brings the saved work back, as it was. */
export function returnToSavedWork(): void {
  // The saved text is back in the store before the session ends, so the save that ends it writes it unchanged.
  const saved = loadSavedText();
  resetDocumentStore(saved?.text, saved?.lastValidText);
  clearHistory();
  forgetLink();
  useShareSession.setState({ active: false });
}

export function dismissBrokenLink(): void {
  useShareSession.setState({ failure: null });
}
