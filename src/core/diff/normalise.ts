/**
 * A task definition in a canonical form for a side-by-side text diff: register input, keys sorted, named lists
 * sorted by what identifies their items, order-free string lists sorted, and values equal to ECS's defaults
 * left out. Two documents the semantic diff finds equal normalise to the same text.
 */
import type { JsonObject, JsonValue } from '../issues';
import { toRegisterInput } from '../import-export';
import { isJsonObject } from '../import-export/json-value';
import { defaultOf, isSetList, keyOfList } from './match-keys';

function normaliseValue(value: JsonValue, name: string | number | undefined, holder: string | number | undefined): JsonValue {
  if (Array.isArray(value)) {
    const items = value.map((item) => normaliseValue(item, undefined, name));
    const keyOf = keyOfList(name);
    if (keyOf && items.every((item) => keyOf(item) !== null)) {
      return [...items].sort((a, b) => compareText(keyOf(a) as string, keyOf(b) as string));
    }
    if (isSetList(name) && items.every((item) => typeof item === 'string')) return [...(items as string[])].sort(compareText);
    return items;
  }
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort(compareText)) {
    const item = value[key] as JsonValue;
    const fallback = defaultOf(holder, key);
    if (fallback !== undefined && item === fallback) continue;
    out[key] = normaliseValue(item, key, name ?? holder);
  }
  return out;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The canonical JSON text of `doc` (2-space indent, final newline). */
export function normalisedJson(doc: JsonObject): string {
  return `${JSON.stringify(normaliseValue(toRegisterInput(doc), undefined, undefined), null, 2)}\n`;
}
