import type { FieldSpec } from '../../core/field-specs/types';
import type { Issue, JsonObject } from '../../core/issues';
import { getAtPath, type Path } from '../../core/paths';
import { isEmptyValue } from '../../core/applicability';

/**
 * Sections the user opened or closed, by key, for this page session: switching to another container keeps
 * "Health check" open. Not persisted; not document state.
 */
const remembered = new Map<string, boolean>();

export function rememberedOpen(key: string, fallback: boolean): boolean {
  return remembered.get(key) ?? fallback;
}

export function rememberOpen(key: string, open: boolean): void {
  remembered.set(key, open);
}

/**
 * How many values the section holds, and how many errors are inside it: the summary's badges. A list
 * counts its entries ("Secrets · 3 set" for three secrets), any other field counts once when it is set.
 */
export function sectionSummary(
  doc: JsonObject,
  issues: Issue[],
  basePath: Path,
  fields: readonly FieldSpec[],
): { set: number; errors: number } {
  let set = 0;
  let errors = 0;
  for (const field of fields) {
    const path = [...basePath, field.key];
    const value = getAtPath(doc, path);
    if (Array.isArray(value)) set += value.length;
    else if (!isEmptyValue(value)) set++;
    errors += errorsUnder(issues, path);
  }
  return { set, errors };
}

/** One key per path, exact (`["a.b"]` and `["a", "b"]`, `0` and `"0"` differ). */
const prefixKey = (path: Path, length: number) =>
  path
    .slice(0, length)
    .map((segment) => (typeof segment === 'number' ? `#${segment}` : `.${segment}`))
    .join('\u0000');

/**
 * Errors at or under each path, per issues list, counted in one pass. Every section summary asks on every store
 * update; scanning the whole list per field cost sections × fields × issues, seconds with 6,900 problems (issue 13).
 */
const errorCounts = new WeakMap<Issue[], Map<string, number>>();

function errorsUnder(issues: Issue[], path: Path): number {
  if (issues.length === 0) return 0;
  let counts = errorCounts.get(issues);
  if (!counts) {
    counts = new Map();
    for (const issue of issues) {
      if (issue.severity !== 'error') continue;
      for (let length = 0; length <= issue.path.length; length++) {
        const key = prefixKey(issue.path, length);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    errorCounts.set(issues, counts);
  }
  return counts.get(prefixKey(path, path.length)) ?? 0;
}

/** True when every field is shown only when present and none is: the section has nothing to show. */
export function sectionHidden(doc: JsonObject, basePath: Path, fields: readonly FieldSpec[]): boolean {
  return fields.every((field) => field.onlyWhenPresent && getAtPath(doc, [...basePath, field.key]) === undefined);
}
