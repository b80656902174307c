import type { JsonObject, JsonValue } from '../issues';
import type { Path } from '../paths';
import { hasPlaceholder } from '../placeholders';
import { KNOWN_SHAPES, ROOT_SHAPE } from './known-keys';
import { MAX_REPORT_ENTRIES, copyWithout, describePath, hasOwn, isJsonObject, quoteForMessage } from './json-value';
import type { NumberAsStringEntry, PlaceholderEntry, ReportEntry } from './types';

export interface Findings {
  unknownKeys: ReportEntry[];
  placeholders: PlaceholderEntry[];
  numbersAsStrings: NumberAsStringEntry[];
  /** A list reached {@link MAX_REPORT_ENTRIES} and stopped. */
  truncated: boolean;
}

const SCALAR_KINDS = new Set(['string', 'integer', 'boolean', 'timestamp']);
const INTEGER_TEXT = /^-?\d+$/;
const BOOLEAN_TEXT = /^(true|false)$/i;

function similarKey(members: Readonly<Record<string, string>>, key: string): string | undefined {
  const lower = key.toLowerCase();
  return Object.keys(members).find((member) => member.toLowerCase() === lower);
}

/**
 * Walks the document along the API model (kinds from `known-keys.ts`) and lists keys the API does not know,
 * template placeholders, and strings where the model wants an integer or a boolean.
 */
export function analyseDocument(doc: JsonObject, limit = MAX_REPORT_ENTRIES): Findings {
  const findings: Findings = { unknownKeys: [], placeholders: [], numbersAsStrings: [], truncated: false };
  const path: Path = [];
  const add = <T>(list: T[], entry: () => T): void => {
    if (list.length < limit) list.push(entry());
    else findings.truncated = true;
  };

  const checkString = (value: string, kind: string | null): void => {
    if (hasPlaceholder(value)) {
      add(findings.placeholders, () => ({
        path: [...path],
        value,
        message: `${describePath(path)} holds the template placeholder ${quoteForMessage(value)}; fill it in before registering.`,
      }));
      return;
    }
    const text = value.trim();
    if (kind === 'integer' && INTEGER_TEXT.test(text) && Number.isSafeInteger(Number(text))) {
      add(findings.numbersAsStrings, () => ({
        path: [...path],
        value,
        expected: 'integer' as const,
        fixed: Number(text),
        message: `${describePath(path)} is the string ${quoteForMessage(value)}, but the API expects an integer; the fix writes ${Number(text)}.`,
      }));
    } else if (kind === 'boolean' && BOOLEAN_TEXT.test(text)) {
      const fixed = text.toLowerCase() === 'true';
      add(findings.numbersAsStrings, () => ({
        path: [...path],
        value,
        expected: 'boolean' as const,
        fixed,
        message: `${describePath(path)} is the string ${quoteForMessage(value)}, but the API expects a boolean; the fix writes ${fixed}.`,
      }));
    }
  };

  /** `kind`: a field kind from the model, or `null` where the model says nothing (inside unknown keys). */
  const walk = (value: JsonValue, kind: string | null): void => {
    if (typeof value === 'string') {
      checkString(value, kind);
      return;
    }
    if (Array.isArray(value)) {
      const itemKind = kind?.endsWith('[]') ? kind.slice(0, -2) : null;
      value.forEach((item, index) => {
        path.push(index);
        walk(item, itemKind);
        path.pop();
      });
      return;
    }
    if (!isJsonObject(value)) return;
    const members = kind !== null && !SCALAR_KINDS.has(kind) && kind !== 'map' ? KNOWN_SHAPES[kind] : undefined;
    for (const key of Object.keys(value)) {
      let memberKind: string | null = null;
      if (members && hasOwn(members, key)) memberKind = members[key] ?? null;
      else if (members) {
        const similar = similarKey(members, key);
        const hint = similar === undefined ? '' : ` Did you mean "${similar}"?`;
        add(findings.unknownKeys, () => ({
          path: [...path, key],
          message: `"${key}" in ${describePath(path)} is not a field the ECS API knows; it is kept, but registering will fail until it is removed.${hint}`,
        }));
      }
      path.push(key);
      walk(value[key] as JsonValue, memberKind);
      path.pop();
    }
  };

  walk(doc, ROOT_SHAPE);
  return findings;
}

/**
 * Converts every string the model wants as an integer or a boolean (container `"cpu": "256"`, `"containerPort": "80"`,
 * `"essential": "true"`) into that type; task-level `cpu` and `memory` are strings in the API and stay as they are.
 * Returns a new document; key order is kept.
 */
export function fixNumbersAsStrings(doc: JsonObject): JsonObject {
  const entries = analyseDocument(doc, Number.POSITIVE_INFINITY).numbersAsStrings;
  const copy = copyWithout(
    doc,
    () => false,
    () => {},
  ) as JsonObject;
  for (const entry of entries) {
    const parentPath = entry.path.slice(0, -1);
    const last = entry.path.at(-1);
    let parent: JsonValue | undefined = copy;
    for (const segment of parentPath) {
      parent = Array.isArray(parent) ? parent[segment as number] : isJsonObject(parent) ? parent[segment as string] : undefined;
    }
    if (Array.isArray(parent) && typeof last === 'number') parent[last] = entry.fixed;
    else if (isJsonObject(parent) && typeof last === 'string') Object.defineProperty(parent, last, { value: entry.fixed });
  }
  return copy;
}
