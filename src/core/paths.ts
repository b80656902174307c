/**
 * A location inside the task definition document, as a list of object keys and array indexes.
 * Same shape as zod's `issue.path` and jsonc-parser's `JSONPath`, so it passes between them unchanged.
 * It becomes a dotted name (`containerDefinitions.0.image`) only at the form boundary.
 */
export type Path = (string | number)[];

/** `['containerDefinitions', 0, 'image']` → `'containerDefinitions.0.image'` (the `data-path` and field name). */
export function toFieldName(path: Path): string {
  return path.join('.');
}

/** Inverse of {@link toFieldName}: all-digit segments become array indexes. */
export function fromFieldName(name: string): Path {
  if (name === '') return [];
  return name.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** True when `prefix` is `path` or one of its ancestors. */
export function isPathPrefix(prefix: Path, path: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}

export function pathsEqual(a: Path, b: Path): boolean {
  return a.length === b.length && isPathPrefix(a, b);
}

/** Reads the value at `path`, or `undefined` when any step is missing or not a container. */
export function getAtPath(root: unknown, path: Path): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
