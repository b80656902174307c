/**
 * How much of a document validation looks at. A real task definition has lists of a few dozen entries (ECS caps
 * most of them far lower); a list of 100,000 entries is a broken generator or an attack, and checking every entry
 * would cost seconds and overflow zod's issue merging. So each list is checked up to {@link MAX_CHECKED_ITEMS}
 * entries, and one warning at the list says the rest was not checked. Issue paths stay valid: the first entries
 * keep their indexes.
 */
import type { Issue } from './issues';
import type { Path } from './paths';

/** Entries of one list that validation checks. */
export const MAX_CHECKED_ITEMS = 1000;

interface Found {
  path: Path;
  length: number;
}

/** Lists longer than `max`, by an explicit-stack walk (no recursion: the walk does not depend on the depth). */
function longLists(doc: unknown, max: number): Found[] {
  const found: Found[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value: doc, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path } = next;
    if (Array.isArray(value)) {
      if (value.length > max) found.push({ path, length: value.length });
      const end = Math.min(value.length, max);
      for (let i = 0; i < end; i++) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') stack.push({ value: item, path: [...path, i] });
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        const item: unknown = (value as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return found;
}

/** Sets an own property, even one named `__proto__` (plain assignment would change the prototype instead). */
function define(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * The document as validation sees it: `doc` itself when no list is too long (no copy), otherwise a copy in which
 * each long list is cut to `max` entries (only the objects on the way to it are copied), plus one warning per cut.
 */
export function boundForValidation(doc: unknown, max: number = MAX_CHECKED_ITEMS): { view: unknown; notes: Issue[] } {
  const lists = longLists(doc, max);
  if (lists.length === 0) return { view: doc, notes: [] };
  const copies = new Map<unknown, Record<string | number, unknown>>();
  const copyOf = (value: unknown): Record<string | number, unknown> => {
    const existing = copies.get(value);
    if (existing) return existing;
    const copy = (Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) }) as Record<string | number, unknown>;
    copies.set(value, copy);
    copies.set(copy, copy);
    return copy;
  };
  const root = lists.some((list) => list.path.length === 0) ? (doc as unknown[]).slice(0, max) : copyOf(doc);
  for (const { path } of lists) {
    if (path.length === 0) continue;
    let parent = root as Record<string | number, unknown>;
    for (let i = 0; i < path.length; i++) {
      const key = path[i] as string | number;
      const child = parent[key];
      const last = i === path.length - 1;
      const replaced = last ? (child as unknown[]).slice(0, max) : copyOf(child);
      define(parent, key, replaced);
      parent = replaced as Record<string | number, unknown>;
    }
  }
  const notes = lists.map(({ path, length }): Issue => ({
    path,
    message:
      `This list has ${length} entries; only the first ${max} were checked (a task definition has far fewer: ` +
      'check how the file was generated).',
    severity: 'warning',
    ruleId: 'too-many-entries',
    source: 'schema',
  }));
  return { view: root, notes };
}
