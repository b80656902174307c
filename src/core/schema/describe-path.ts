import type { Path } from '../paths';

/** `['containerDefinitions', 0, 'healthCheck']` → `containerDefinitions[0].healthCheck` (as people read it). */
export function formatPath(path: Path): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** Where an object lives, for "… in X" phrases: `at the top level` or `in containerDefinitions[0]`. */
export function whereIs(objectPath: Path): string {
  return objectPath.length === 0 ? 'at the top level' : `in ${formatPath(objectPath)}`;
}

/**
 * The field an issue is about, in plain words:
 * `"memory" in containerDefinitions[0]`, `"family" at the top level`, `Item containerDefinitions[0].command[2]`.
 */
export function subjectOf(path: Path): string {
  if (path.length === 0) return 'The document';
  const last = path[path.length - 1];
  if (typeof last === 'number') return `Item ${formatPath(path)}`;
  return `"${last}" ${whereIs(path.slice(0, -1))}`;
}

/** A value quoted for a message, cut to a readable length. */
export function showValue(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The JSON kind of a value, with an article: `a string`, `a list`, `null`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `a ${typeof value}`;
}

/** What zod's `expected` means for someone editing JSON. */
export function expectedKind(expected: string): string {
  switch (expected) {
    case 'int':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'string':
      return 'a string in quotes';
    case 'array':
      return 'a list in [ ]';
    case 'object':
    case 'record':
      return 'an object in { }';
    default:
      return expected;
  }
}
