import { useEffect, useState } from 'react';
import type { Issue } from '../../core/issues';
import { useDocumentStore } from '../../document/store';

/**
 * When the only thing wrong with the text is comments or trailing commas (JSON allows neither, people
 * write both), the text with them removed; otherwise null. Computed off the keystroke path, after the
 * syntax error appears, with the import code (loaded on first use).
 */
export function useCommentFix(error: Issue | undefined): string | null {
  const [fixed, setFixed] = useState<string | null>(null);
  useEffect(() => {
    setFixed(null);
    if (!error || error.ruleId !== 'json-syntax') return;
    let cancelled = false;
    void import('../../core/import-export').then(({ stripCommentsAndTrailingCommas }) => {
      const text = useDocumentStore.getState().text;
      const stripped = stripCommentsAndTrailingCommas(text);
      if (cancelled || stripped === text) return;
      try {
        JSON.parse(stripped);
        setFixed(stripped);
      } catch {
        // something else is broken too: no one-click fix
      }
    });
    return () => {
      cancelled = true;
    };
  }, [error]);
  return fixed;
}
