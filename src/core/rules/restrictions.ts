/**
 * Shared machinery of the launch-type and Windows rules (reference sections 5 and 6): each lists the fields its
 * target does not support, and a field counts only when it is really set (`null`, `[]` and `false` do not).
 */
import type { Issue, Severity } from '../issues';
import type { Path } from '../paths';
import { issue, withoutValue } from './helpers';
import { isObj, isPlaceholder, isSet } from './read';
import type { QuickFix, RuleContext, TaskDoc } from './types';

export interface Restriction {
  /** Where the field lives: task level, in each container, or in each volume. */
  scope: 'task' | 'container' | 'volume';
  /** Path of the field inside its scope, e.g. `['linuxParameters', 'maxSwap']`. */
  field: string[];
  /** When the value is a problem; default: the field is set. */
  when?: (value: unknown, ctx: RuleContext) => boolean;
  /** Replaces the default ending "; remove it." */
  advice?: string;
}

function valueAt(root: unknown, field: string[]): unknown {
  let node = root;
  for (const key of field) {
    if (!isObj(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Issues for every restricted field that is set, worded `"<field>" is not supported <target>; remove it.` */
export function checkRestrictions(
  id: string,
  ctx: RuleContext,
  target: string,
  list: readonly Restriction[],
  severity: Severity = 'error',
): Issue[] {
  const out: Issue[] = [];
  const report = (base: Path, r: Restriction, scopeRoot: unknown) => {
    const value = valueAt(scopeRoot, r.field);
    if (isPlaceholder(value)) return;
    if (r.when ? !r.when(value, ctx) : !isSet(value)) return;
    const name = r.field.join('.');
    out.push(issue(id, [...base, ...r.field], severity, `"${name}" is not supported ${target}; ${r.advice ?? 'remove it'}.`));
  };
  for (const r of list) {
    if (r.scope === 'task') report([], r, ctx.root);
    else if (r.scope === 'container') for (const c of ctx.containers) report(c.path, r, c.def);
    else for (const v of ctx.volumes) report(v.path, r, v.def);
  }
  return out;
}

/** The quick fix of restriction issues: delete the field. */
export function removeFieldFix(_doc: TaskDoc, found: Issue): QuickFix | undefined {
  const field = found.path[found.path.length - 1];
  if (found.path.length === 0 || typeof field !== 'string') return undefined;
  return { label: `Remove ${field}`, apply: (current) => withoutValue(current, found.path) };
}
