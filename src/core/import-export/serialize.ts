import type { JsonObject, JsonValue } from '../issues';
import { READ_ONLY_TASK_FIELDS } from './known-keys';
import { copyWithout, isJsonObject } from './json-value';

const READ_ONLY = new Set(READ_ONLY_TASK_FIELDS);

export interface SerializeOptions {
  /** Sort each container's `environment` and `secrets` and `logConfiguration.secretOptions` by `name`, for stable diffs. */
  sortEnvironment?: boolean;
}

function byName(a: JsonValue, b: JsonValue): number {
  const nameA = isJsonObject(a) && typeof a.name === 'string' ? a.name : null;
  const nameB = isJsonObject(b) && typeof b.name === 'string' ? b.name : null;
  if (nameA === null || nameB === null) return nameA === nameB ? 0 : nameA === null ? 1 : -1;
  return nameA < nameB ? -1 : nameA > nameB ? 1 : 0;
}

/** Sorts in place; entries without a string `name` keep their order after the named ones. */
function sortNamedLists(doc: JsonObject): void {
  const containers = doc.containerDefinitions;
  if (!Array.isArray(containers)) return;
  for (const container of containers) {
    if (!isJsonObject(container)) continue;
    for (const key of ['environment', 'secrets']) {
      const list = container[key];
      if (Array.isArray(list)) list.sort(byName);
    }
    const log = container.logConfiguration;
    if (isJsonObject(log) && Array.isArray(log.secretOptions)) log.secretOptions.sort(byName);
  }
}

/** The document as `register-task-definition` takes it: without read-only fields and `null`s, otherwise unchanged. */
export function toRegisterInput(doc: JsonObject, options: SerializeOptions = {}): JsonObject {
  const clean = copyWithout(
    doc,
    (key, value, depth) => value === null || (depth === 1 && typeof key === 'string' && READ_ONLY.has(key)),
    () => {},
  ) as JsonObject;
  if (options.sortEnvironment) sortNamedLists(clean);
  return clean;
}

/**
 * Register-ready JSON for `aws ecs register-task-definition --cli-input-json`: 2-space indent, final newline, read-only
 * fields and `null`s removed; everything else (key order, unknown keys) as in the document.
 */
export function serializeForRegister(doc: JsonObject, options: SerializeOptions = {}): string {
  return `${JSON.stringify(toRegisterInput(doc, options), null, 2)}\n`;
}

/** A family made safe as a file name (letters, digits, `_`, `-`, `.`), or `task-definition` when nothing is left. */
export function fileBaseName(family: string): string {
  const safe = family
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .slice(0, 200)
    .replace(/^[-.]+|[-.]+$/g, '');
  return safe === '' ? 'task-definition' : safe;
}

/** `<family>.json`, the name the exported file gets. */
export function exportFileName(doc: JsonObject): string {
  return `${fileBaseName(typeof doc.family === 'string' ? doc.family : '')}.json`;
}

/** The AWS CLI command that registers the exported file. */
export function registerCommand(family: string): string {
  return `aws ecs register-task-definition --cli-input-json file://${fileBaseName(family)}.json`;
}
