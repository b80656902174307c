/**
 * The semantic diff of two task definitions: changes by meaning, not by text. Containers, volumes, variables and
 * port mappings are matched by what identifies them; key order, formatting, read-only fields of describe output,
 * `null`s, defaults ECS assumes and numbers written as strings are not changes.
 */
import type { JsonObject, JsonValue } from '../issues';
import type { Path } from '../paths';
import { toRegisterInput } from '../import-export';
import { isJsonObject } from '../import-export/json-value';
import { defaultOf, isSetList, keyOfList } from './match-keys';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface Change {
  kind: ChangeKind;
  /** Where the value is in the new document (`null` when it was removed). */
  newPath: Path | null;
  /** Where it was in the old document (`null` when it was added). */
  oldPath: Path | null;
  /** The name of the container the change is in, or `null` for a task-level change. */
  container: string | null;
  /** A readable location: `environment DB_HOST`, `portMappings 80/tcp`, `cpu`. */
  label: string;
  before?: JsonValue;
  after?: JsonValue;
}

/** Scalars equal by meaning: the same JSON value, or a number and the string that writes it (`"256"` and `256`). */
function sameScalar(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'string') return b.trim() !== '' && Number(b) === a;
  if (typeof a === 'string' && typeof b === 'number') return a.trim() !== '' && Number(a) === b;
  return false;
}

interface Walk {
  changes: Change[];
  container: string | null;
}

function push(walk: Walk, change: Omit<Change, 'container'>): void {
  walk.changes.push({ ...change, container: walk.container });
}

function labelOf(parent: string, part: string): string {
  return parent === '' ? part : `${parent} ${part}`;
}

function compare(walk: Walk, a: JsonValue | undefined, b: JsonValue | undefined, oldPath: Path, newPath: Path, label: string): void {
  if (a === undefined && b === undefined) return;
  if (a === undefined) return push(walk, { kind: 'added', oldPath: null, newPath, label, after: b as JsonValue });
  if (b === undefined) return push(walk, { kind: 'removed', oldPath, newPath: null, label, before: a });
  if (isJsonObject(a) && isJsonObject(b)) return compareObjects(walk, a, b, oldPath, newPath, label);
  if (Array.isArray(a) && Array.isArray(b)) return compareLists(walk, a, b, oldPath, newPath, label);
  if (!sameScalar(a, b)) push(walk, { kind: 'changed', oldPath, newPath, label, before: a, after: b });
}

function compareObjects(walk: Walk, a: JsonObject, b: JsonObject, oldPath: Path, newPath: Path, label: string): void {
  const holder = newPath.length >= 2 && typeof newPath.at(-1) === 'number' ? newPath.at(-2) : newPath.at(-1);
  const keys = [...Object.keys(a), ...Object.keys(b).filter((key) => !Object.hasOwn(a, key))];
  for (const key of keys) {
    const fallback = defaultOf(holder, key);
    const before = Object.hasOwn(a, key) ? a[key] : fallback;
    const after = Object.hasOwn(b, key) ? b[key] : fallback;
    compare(walk, before, after, [...oldPath, key], [...newPath, key], labelOf(label, key));
  }
}

function compareLists(walk: Walk, a: JsonValue[], b: JsonValue[], oldPath: Path, newPath: Path, label: string): void {
  const listName = newPath.at(-1);
  const keyOf = keyOfList(listName);
  const keysA = keyOf ? a.map(keyOf) : [];
  const keysB = keyOf ? b.map(keyOf) : [];
  const keyed = keyOf !== null && unique(keysA) && unique(keysB);
  if (keyed) {
    const indexInB = new Map(keysB.map((key, i) => [key as string, i]));
    keysA.forEach((key, i) => {
      const j = indexInB.get(key as string);
      const itemLabel = labelOf(label, key as string);
      if (j === undefined) return inContainer(walk, listName, a[i], () => compare(walk, a[i], undefined, [...oldPath, i], [], itemLabel));
      inContainer(walk, listName, b[j], () => compare(walk, a[i], b[j], [...oldPath, i], [...newPath, j], itemLabel));
    });
    const inA = new Set(keysA);
    keysB.forEach((key, j) => {
      if (inA.has(key)) return;
      inContainer(walk, listName, b[j], () => compare(walk, undefined, b[j], [], [...newPath, j], labelOf(label, key as string)));
    });
    return;
  }
  if (isSetList(listName) && [...a, ...b].every((item) => typeof item === 'string')) {
    const setA = new Set(a as string[]);
    const setB = new Set(b as string[]);
    (a as string[]).forEach((item, i) => {
      if (!setB.has(item))
        push(walk, { kind: 'removed', oldPath: [...oldPath, i], newPath: null, label: labelOf(label, item), before: item });
    });
    (b as string[]).forEach((item, j) => {
      if (!setA.has(item)) push(walk, { kind: 'added', oldPath: null, newPath: [...newPath, j], label: labelOf(label, item), after: item });
    });
    return;
  }
  // Order matters (command, entryPoint) or items have no identity: compare by position.
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    compare(walk, a[i], b[i], [...oldPath, i], i < b.length ? [...newPath, i] : [], labelOf(label, String(i)));
  }
}

function unique(keys: (string | null)[]): boolean {
  return keys.every((key) => key !== null) && new Set(keys).size === keys.length;
}

/** Runs `body` with the walk's container set to `item`'s name when `item` is a container definition. */
function inContainer(walk: Walk, listName: string | number | undefined, item: JsonValue | undefined, body: () => void): void {
  if (listName !== 'containerDefinitions' || !isJsonObject(item) || typeof item.name !== 'string') return body();
  const outer = walk.container;
  walk.container = item.name;
  body();
  walk.container = outer;
}

/**
 * The changes from `before` to `after`, each documents in any shape the editor holds (read-only fields and `null`s
 * are removed first). Container-level changes carry the container's name and a label relative to it.
 */
export function diffTaskDefinitions(before: JsonObject, after: JsonObject): Change[] {
  const walk: Walk = { changes: [], container: null };
  const a = toRegisterInput(before);
  const b = toRegisterInput(after);
  compareObjects(walk, a, b, [], [], '');
  return walk.changes.map((change) => (change.container === null ? change : { ...change, label: stripContainerPrefix(change) }));
}

/** `containerDefinitions web environment X` → `environment X`: the container is named apart. */
function stripContainerPrefix(change: Change): string {
  const prefix = `containerDefinitions ${change.container}`;
  return change.label === prefix
    ? '(container)'
    : change.label.startsWith(`${prefix} `)
      ? change.label.slice(prefix.length + 1)
      : change.label;
}
