import type { Issue } from '../core/issues';
import { diffToChanges } from '../core/json-diff';
import { findRule, type QuickFix } from '../core/rules';
import { applyChanges } from './actions';
import { useDocumentStore } from './store';

/** The rule's one-click fix for `issue` on the current document, when there is an obvious one. */
export function quickFixFor(issue: Issue): QuickFix | undefined {
  if (issue.source !== 'rule') return undefined;
  try {
    return findRule(issue.ruleId)?.quickFix?.(useDocumentStore.getState().doc, issue);
  } catch {
    return undefined; // a fix that cannot be computed is simply not offered
  }
}

/**
 * Applies the fix as minimal text edits (only the values it changes), as one undoable step.
 * Returns false when there is no fix or the JSON is broken.
 */
export function applyQuickFix(issue: Issue): boolean {
  const fix = quickFixFor(issue);
  if (!fix) return false;
  const { doc } = useDocumentStore.getState();
  const changes = diffToChanges(doc, fix.apply(doc)).map(({ path, value }) => ({ kind: 'set' as const, path, value }));
  return changes.length > 0 && applyChanges(changes, 'structure');
}
