import { useEffect, useState } from 'react';
import type { Issue } from '../../core/issues';
import { useDocumentStore } from '../../document/store';

/**
 * How long the JSON must stay broken after the last keystroke before the banner says so. A comma just
 * typed breaks the JSON for a moment on the way to a valid edit: the marker in the editor is enough then,
 * as in VS Code. Breakage that did not come from typing (a reload, a paste) shows at once.
 */
export const SETTLE_DELAY_MS = 1500;

/** The first syntax error, once it is not a transient one of typing in progress; otherwise undefined. */
export function useSettledSyntaxError(): Issue | undefined {
  const error = useDocumentStore((s) => s.syntaxErrors[0]);
  const typing = useDocumentStore((s) => s.lastChange.origin === 'code');
  const revision = useDocumentStore((s) => s.lastChange.revision);
  const [settled, setSettled] = useState(-1);
  const broken = error !== undefined;
  useEffect(() => {
    if (!broken || !typing) return;
    const timer = setTimeout(() => setSettled(revision), SETTLE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [broken, typing, revision]);
  if (!error) return undefined;
  return !typing || settled === revision ? error : undefined;
}
