import type { FieldSpec } from '../../core/field-specs/types';
import type { JsonValue } from '../../core/issues';
import { toInputText } from '../form-values';

/** react-hook-form values of a spec form: one entry per field key (see {@link fieldValue}). */
export type SpecValues = Record<string, unknown>;

const asObject = (value: JsonValue | undefined): Record<string, JsonValue> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
const asArray = (value: JsonValue | undefined): JsonValue[] => (Array.isArray(value) ? value : []);

/** What a three-state boolean select shows: "", "true", "false", or a value of the wrong type as typed. */
export function booleanChoice(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * What the control of `spec` shows for the JSON `value`: strings for text boxes and selects, arrays of
 * `{ value }` for list rows, `{ key, value }` for map rows (map keys may hold dots, so they are never
 * react-hook-form names), nested values for objects.
 */
export function fieldValue(spec: FieldSpec, value: JsonValue | undefined): unknown {
  switch (spec.kind) {
    case 'text':
    case 'number':
    case 'shell':
      return toInputText(value, spec.kind);
    case 'boolean':
      return spec.default !== undefined ? (typeof value === 'boolean' ? value : spec.default) : booleanChoice(value);
    case 'enum':
      return value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
    case 'enum-list':
      return asArray(value).filter((item): item is string => typeof item === 'string');
    case 'string-list':
      return asArray(value).map((item) => ({ value: toInputText(item, 'text') }));
    case 'number-list':
      return asArray(value).map((item) => ({ value: toInputText(item, 'number') }));
    case 'map':
      return Object.entries(asObject(value)).map(([key, item]) => ({ key, value: toInputText(item, 'text') }));
    case 'object':
      return specValues(spec.fields, value);
    case 'object-list':
      return asArray(value).map((item) => specValues(spec.fields, item));
  }
}

/** The form values of `fields` read from the object `node`. */
export function specValues(fields: readonly FieldSpec[], node: JsonValue | undefined): SpecValues {
  const object = asObject(node);
  const values: SpecValues = {};
  for (const spec of fields) values[spec.key] = fieldValue(spec, object[spec.key]);
  return values;
}

/** Fields laid out one per line (lists, maps, groups, long text); the others share a line in the grid. */
export function isWide(spec: FieldSpec): boolean {
  return !(spec.kind === 'number' || spec.kind === 'boolean' || spec.kind === 'enum');
}

/** Object lists whose items fit on one line (a few scalar fields) are rows; others are cards. */
export function listLayout(spec: Extract<FieldSpec, { kind: 'object-list' }>): 'rows' | 'cards' {
  if (spec.layout) return spec.layout;
  const scalar = spec.fields.every(
    (field) => field.kind === 'text' || field.kind === 'number' || field.kind === 'enum' || field.kind === 'boolean',
  );
  return scalar && spec.fields.length <= 4 ? 'rows' : 'cards';
}

/** "Ulimit" → "ulimit" for "Add ulimit"; acronyms stay ("DNS server"). */
export function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}
