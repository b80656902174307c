import { SHARE_PREFIX } from '../../core/share/share-prefix';
import { openSharedText, reportBrokenLink } from '../../document/share-session';

/** Opens the document a share link carries, if the page's address is one. */
async function openFromHash(): Promise<void> {
  if (!location.hash.startsWith(SHARE_PREFIX)) return;
  const { readShareFragment } = await import('../../core/share/share-link');
  const shared = readShareFragment(location.hash);
  if (shared?.ok) openSharedText(shared.text);
  else if (shared) reportBrokenLink(shared.message);
}

/**
 * Opens a share link the page was loaded from (call before the first render), and any pasted into the address bar
 * of an open editor later: only the fragment changes then, so the page does not reload.
 */
export async function openShareLinkFromLocation(): Promise<void> {
  window.addEventListener('hashchange', () => void openFromHash());
  await openFromHash();
}
