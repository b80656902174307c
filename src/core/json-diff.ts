import { deepEqual } from './deep-equal';
import type { Path } from './paths';

/** One change that turns a document into another: set a value at a path, or remove it (`value: undefined`). */
export interface PathChange {
  path: Path;
  value: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The smallest set of path changes (in an order that can be applied one after another) that turns
 * `before` into `after`, so a quick fix becomes minimal text edits rather than a reformatted document.
 * Arrays of different length are replaced whole, since an index shift would otherwise touch every element.
 */
export function diffToChanges(before: unknown, after: unknown, path: Path = []): PathChange[] {
  if (deepEqual(before, after)) return [];
  if (isObject(before) && isObject(after)) {
    const changes: PathChange[] = [];
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key)) changes.push({ path: [...path, key], value: undefined });
    }
    for (const key of Object.keys(after)) {
      if (!Object.hasOwn(before, key)) changes.push({ path: [...path, key], value: after[key] });
      else changes.push(...diffToChanges(before[key], after[key], [...path, key]));
    }
    return changes;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return after.flatMap((item, i) => diffToChanges(before[i], item, [...path, i]));
  }
  return [{ path, value: after }];
}
