import type { JsonObject, JsonValue } from '../issues';
import { toFieldName, type Path } from '../paths';

/** Deepest nesting accepted; a task definition needs about eight levels. */
export const MAX_DEPTH = 1000;

export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Adds an own, enumerable property, whatever the key. Plain assignment with the key `__proto__` would change the
 * object's prototype instead of adding a key, so every object this module builds goes through here.
 */
export function setOwn(target: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Own-property test that is not fooled by keys such as `constructor` or `toString`. */
export function hasOwn(target: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(target, key);
}

/** `a number`, `a string`, `an array`, … for messages. */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** `containerDefinitions.0.image`, or `the top level` for the empty path. */
export function describePath(path: Path): string {
  return path.length === 0 ? 'the top level' : toFieldName(path);
}

/** Shortens a value for a message. */
export function quoteForMessage(text: string, max = 60): string {
  const shown = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(shown);
}

/** 1-based line and column of an offset; line breaks are LF, CRLF or CR, as in jsonc-parser. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** `1,000` */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** Most entries one report list keeps; hostile input could otherwise make reports of millions of entries. */
export const MAX_REPORT_ENTRIES = 1000;

/**
 * Copies a JSON value, leaving out every member or element for which `drop(key, value, depth)` is true (`depth` 1 is
 * the top level's members) and telling `onDrop` its path. Objects are built with {@link setOwn}, so keys keep their
 * order and `__proto__` stays an ordinary key. The path is one shared stack, copied only for a drop.
 */
export function copyWithout(
  root: JsonValue,
  drop: (key: string | number, value: JsonValue, depth: number) => boolean,
  onDrop: (path: Path, value: JsonValue) => void,
): JsonValue {
  const path: Path = [];
  const copy = (value: JsonValue): JsonValue => {
    if (Array.isArray(value)) {
      const out: JsonValue[] = [];
      for (let index = 0; index < value.length; index++) {
        const item = value[index] as JsonValue;
        path.push(index);
        if (drop(index, item, path.length)) onDrop([...path], item);
        else out.push(copy(item));
        path.pop();
      }
      return out;
    }
    if (isJsonObject(value)) {
      const out: JsonObject = {};
      for (const key of Object.keys(value)) {
        const member = value[key] as JsonValue;
        path.push(key);
        if (drop(key, member, path.length)) onDrop([...path], member);
        else setOwn(out, key, copy(member));
        path.pop();
      }
      return out;
    }
    return value;
  };
  return copy(root);
}
