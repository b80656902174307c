import { arr, isObj } from './read';

/** ECS rejects a task definition whose serialized form is larger than this ("Max allowed length is '65536' bytes"). */
export const MAX_TASK_DEFINITION_BYTES = 65_536;
/** Service quota "Containers per task definition" (not adjustable). */
export const MAX_CONTAINERS = 10;
/** Share of a limit from which the meter turns to `warning`. */
export const WARNING_RATIO = 0.9;

export type LimitLevel = 'ok' | 'warning' | 'error';

export interface LimitsReport {
  /** UTF-8 size of the document as it is sent to ECS (compact JSON); the text size when the document is unknown. */
  bytes: number;
  /** UTF-8 size of the text as written (indentation included), for information. */
  textBytes: number;
  maxBytes: typeof MAX_TASK_DEFINITION_BYTES;
  containers: number;
  maxContainers: typeof MAX_CONTAINERS;
  bytesLevel: LimitLevel;
  containersLevel: LimitLevel;
}

/** Number of bytes of `text` in UTF-8, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Strings that JSON.stringify copies verbatim: printable ASCII without `"` and `\\`. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** UTF-8 bytes of a string once serialized as a JSON string literal (quotes and escapes included). */
function jsonStringBytes(text: string): number {
  if (PLAIN_ASCII.test(text)) return text.length + 2;
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c || code === 8 || code === 9 || code === 10 || code === 12 || code === 13) bytes += 2;
    else if (code < 0x20) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6; // lone surrogate: escaped as \uXXXX
    } else if (code >= 0xdc00 && code <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}

/** Byte length of `JSON.stringify(value)` in UTF-8, computed by walking the value instead of building the string. */
function jsonBytes(value: unknown, depth: number): number {
  if (depth > 1000) throw new RangeError('document nested too deeply');
  switch (typeof value) {
    case 'string':
      return jsonStringBytes(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object': {
      if (value === null) return 4;
      if (Array.isArray(value)) {
        let bytes = 2 + Math.max(value.length - 1, 0);
        for (const item of value) bytes += item === undefined || typeof item === 'function' ? 4 : jsonBytes(item, depth + 1);
        return bytes;
      }
      let bytes = 2;
      let members = 0;
      const keys = Object.keys(value);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        const item = (value as Record<string, unknown>)[key];
        if (item === undefined || typeof item === 'function') continue;
        bytes += jsonStringBytes(key) + 1 + jsonBytes(item, depth + 1);
        members++;
      }
      return bytes + Math.max(members - 1, 0);
    }
    default:
      return 0;
  }
}

/**
 * Compact-JSON size of a document in bytes (what the API receives once the CLI or console re-serializes it),
 * equal to `utf8Length(JSON.stringify(doc))` for JSON values but without building the string.
 */
export function serializedBytes(doc: unknown): number {
  try {
    return jsonBytes(doc, 0);
  } catch {
    return 0;
  }
}

/** `warning` from 90 % of the limit, `error` above it. */
export function limitLevel(value: number, max: number): LimitLevel {
  if (value > max) return 'error';
  return value >= max * WARNING_RATIO ? 'warning' : 'ok';
}

/**
 * The two hard size limits of a task definition, for a meter in the UI.
 * `bytes` counts the compact serialization of `doc` (whitespace in the editor does not reach ECS);
 * when `doc` is `undefined` (text does not parse) it falls back to the text size.
 */
export function measureLimits(text: string, doc: unknown): LimitsReport {
  const textBytes = utf8Length(text);
  const bytes = doc === undefined ? textBytes : serializedBytes(doc);
  const inner = isObj(doc) && isObj(doc.taskDefinition) ? doc.taskDefinition : doc;
  const containers = isObj(inner) ? arr(inner.containerDefinitions).length : Array.isArray(inner) ? inner.length : 0;
  return {
    bytes,
    textBytes,
    maxBytes: MAX_TASK_DEFINITION_BYTES,
    containers,
    maxContainers: MAX_CONTAINERS,
    bytesLevel: limitLevel(bytes, MAX_TASK_DEFINITION_BYTES),
    containersLevel: limitLevel(containers, MAX_CONTAINERS),
  };
}
