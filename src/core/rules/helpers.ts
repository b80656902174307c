import type { Issue, Severity } from '../issues';
import type { Path } from '../paths';
import { isObj } from './read';
import type { TaskDoc } from './types';

/** An issue produced by rule `ruleId`. */
export function issue(ruleId: string, path: Path, severity: Severity, message: string): Issue {
  return { path, message, severity, ruleId, source: 'rule' };
}

/** A deep copy of a JSON document (quick fixes never mutate their input). */
export function cloneDoc<T>(doc: T): T {
  return typeof structuredClone === 'function' ? structuredClone(doc) : (JSON.parse(JSON.stringify(doc)) as T);
}

/** The object or array at `path` inside `root`, or `undefined`. */
function containerAt(root: unknown, path: Path): Record<string | number, unknown> | unknown[] | undefined {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>) : undefined;
}

/** A copy of `doc` with `value` set at `path` (missing parent objects are created). */
export function withValue(doc: TaskDoc, path: Path, value: unknown): TaskDoc {
  const copy = cloneDoc(doc);
  if (path.length === 0) return value;
  let node: unknown = copy;
  for (let i = 0; i < path.length - 1; i++) {
    const segment = path[i] as string | number;
    const parent = node as Record<string | number, unknown>;
    if (parent[segment] === null || typeof parent[segment] !== 'object') {
      parent[segment] = typeof path[i + 1] === 'number' ? [] : {};
    }
    node = parent[segment];
  }
  (node as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
  return copy;
}

/** A copy of `doc` without the member or array element at `path`. */
export function withoutValue(doc: TaskDoc, path: Path): TaskDoc {
  const copy = cloneDoc(doc);
  const last = path[path.length - 1];
  const parent = containerAt(copy, path.slice(0, -1));
  if (parent === undefined || last === undefined) return copy;
  if (Array.isArray(parent)) {
    if (typeof last === 'number') parent.splice(last, 1);
  } else if (isObj(parent)) {
    delete parent[last as string];
  }
  return copy;
}

/** Joins names for a message: `"a", "b" and "c"`. */
export function listNames(names: readonly string[], max = 5): string {
  const quoted = names.slice(0, max).map((n) => `"${n}"`);
  if (names.length > max) quoted.push(`${names.length - max} more`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** Placeholder execution role added by quick fixes that make the task need one (a template value, never an error). */
export const EXECUTION_ROLE_PLACEHOLDER = 'arn:aws:iam::${AWS_ACCOUNT_ID}:role/ecsTaskExecutionRole';

/** A copy of `doc` with `executionRoleArn` set to the placeholder when it has none (documents without one only). */
export function withExecutionRole(doc: TaskDoc): TaskDoc {
  if (!isObj(doc)) return doc;
  const role = doc.executionRoleArn;
  if (typeof role === 'string' && role.trim() !== '') return doc;
  return { ...doc, executionRoleArn: EXECUTION_ROLE_PLACEHOLDER };
}

/** Levenshtein distance between two short strings (option keys). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidate closest to `value` for a "did you mean" hint: equal ignoring case, else the nearest within
 * `maxDistance` edits (ties go to the first candidate); `undefined` when none is that close.
 */
export function closestKey(value: string, candidates: readonly string[], maxDistance = 3): string | undefined {
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** A copy of `doc` in which the member `from` of the object at `path` is renamed `to`, keeping the member order. */
export function withRenamedKey(doc: TaskDoc, path: Path, from: string, to: string): TaskDoc {
  const copy = cloneDoc(doc);
  const target = containerAt(copy, path);
  if (target === undefined || Array.isArray(target) || !(from in target) || to in target) return copy;
  const entries = Object.entries(target).map(([key, value]) => [key === from ? to : key, value] as const);
  for (const key of Object.keys(target)) delete target[key];
  for (const [key, value] of entries) target[key] = value;
  return copy;
}
