/**
 * Small, total readers for a task definition that may be schema-invalid: every function accepts any
 * JSON value (or `undefined`) and never throws. Numbers may arrive as strings (`"512"`), fields as `null`,
 * arrays as objects. Rules read through these so that a wrong type is the schema's problem, not a crash.
 */
import { hasPlaceholder } from '../placeholders';

export type Obj = Record<string, unknown>;

const EMPTY: Obj = Object.freeze({}) as Obj;
const NO_ITEMS: readonly unknown[] = Object.freeze([]);

/** True for a plain JSON object (not an array, not null). */
export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object itself, or an empty frozen object for anything else. */
export function obj(value: unknown): Obj {
  return isObj(value) ? value : EMPTY;
}

/** The array itself, or an empty array for anything else (a `null` list reads as empty). */
export function arr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : NO_ITEMS;
}

/** A string, or `undefined` for anything else. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * True when the value is a string holding a template placeholder (`${X}`, `<X>`, `{{ x }}`, `$$$X$$$`).
 * A cheap character test runs first because almost no string has one.
 */
export function isPlaceholder(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (value.indexOf('$') < 0 && value.indexOf('{') < 0 && value.indexOf('<') < 0) return false;
  return hasPlaceholder(value);
}

/** A string that is not a placeholder, or `undefined` (placeholders are unknown values to rules). */
export function concreteStr(value: unknown): string | undefined {
  return typeof value === 'string' && !isPlaceholder(value) ? value : undefined;
}

const INT_TEXT = /^\s*[+-]?\d+\s*$/;
const NUM_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/;

/** An integer from a JSON number or a numeric string (`"512"`); `undefined` otherwise (placeholders included). */
export function asInt(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && INT_TEXT.test(value)) {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return undefined;
}

/** A finite number from a JSON number or a numeric string; `undefined` otherwise. */
export function asNum(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && NUM_TEXT.test(value)) return Number(value);
  return undefined;
}

/** A boolean from `true`/`false` or the strings `"true"`/`"false"`; `undefined` otherwise. */
export function asBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/**
 * True when a field is really set: not missing, not `null`, not an empty list, object or string, not `false`.
 * `describe-task-definition` echoes many fields as `null`, `[]` or `false`; those never count as "used".
 */
export function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isObj(value)) {
    for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) return true;
    return false;
  }
  return true;
}

/** The string values of a list, skipping non-strings. */
export function strings(value: unknown): string[] {
  const out: string[] = [];
  for (const item of arr(value)) if (typeof item === 'string') out.push(item);
  return out;
}

/** Own keys of an object (none for anything else). */
export function keys(value: unknown): string[] {
  return isObj(value) ? Object.keys(value) : [];
}

/** `"name"` in double quotes for messages; non-strings print as JSON. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** First letter upper-cased (labels start sentences). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `container "web"` (or `container #3` when unnamed), the label used in messages. */
export function containerLabel(index: number, name: string | undefined): string {
  return name ? `container "${name}"` : `container #${index + 1}`;
}
