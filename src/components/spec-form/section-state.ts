import type { FieldSpec } from '../../core/field-specs/types';
import type { Issue, JsonObject } from '../../core/issues';
import { getAtPath, isPathPrefix, type Path } from '../../core/paths';
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

/** How many of the section's fields hold a value, and how many errors are inside it: the summary's badges. */
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
    if (!isEmptyValue(getAtPath(doc, path))) set++;
    for (const issue of issues) if (issue.severity === 'error' && isPathPrefix(path, issue.path)) errors++;
  }
  return { set, errors };
}

/** True when every field is shown only when present and none is: the section has nothing to show. */
export function sectionHidden(doc: JsonObject, basePath: Path, fields: readonly FieldSpec[]): boolean {
  return fields.every((field) => field.onlyWhenPresent && getAtPath(doc, [...basePath, field.key]) === undefined);
}
