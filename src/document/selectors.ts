import type { Issue, JsonObject, JsonValue } from '../core/issues';
import { pathsEqual, toFieldName, type Path } from '../core/paths';
import type { DocumentState } from './document-state';

/** The containers of a document, treating anything that is not an array as none. */
export function selectContainers(doc: JsonObject): JsonValue[] {
  return Array.isArray(doc.containerDefinitions) ? doc.containerDefinitions : [];
}

export function selectVolumes(doc: JsonObject): JsonValue[] {
  return Array.isArray(doc.volumes) ? doc.volumes : [];
}

/** A value as an object, or an empty object when it is not one (documents may be schema-invalid). */
export function asObject(value: JsonValue | undefined): JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

export function asArray(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}

/** Display name of container `index`: its name, or "Container N" when it has none. */
export function containerLabel(container: JsonValue | undefined, index: number): string {
  const name = asObject(container).name;
  return typeof name === 'string' && name !== '' ? name : `Container ${index + 1}`;
}

/** Names of the task's declared volumes, for the mount point's source volume list. */
export function selectVolumeNames(doc: JsonObject): string[] {
  return selectVolumes(doc)
    .map((volume) => asObject(volume).name)
    .filter((name): name is string => typeof name === 'string' && name !== '');
}

/** The places (container index, mount index) whose mount point names volume `name`. */
export function selectMountsOfVolume(doc: JsonObject, name: string): { container: number; mount: number }[] {
  const places: { container: number; mount: number }[] = [];
  selectContainers(doc).forEach((container, c) => {
    asArray(asObject(container).mountPoints).forEach((mount, m) => {
      if (asObject(mount).sourceVolume === name) places.push({ container: c, mount: m });
    });
  });
  return places;
}

/** Whether the forms may edit: only while the text parses. */
export const selectCanEditForms = (s: DocumentState) => s.syntaxErrors.length === 0;

const NO_ISSUES: Issue[] = [];

/**
 * Each issues list's issues by dotted path, built in one pass the first time a control asks. Every field of
 * the forms asks on every store update; filtering the whole list each time cost fields × issues (a pasted
 * document with 6,900 problems took seconds; issue 13). The list is replaced, never changed, so it is a key.
 */
const issuesByPath = new WeakMap<Issue[], Map<string, Issue[]>>();

/** Schema and rule issues located exactly at `path`: the same array for the same list and path. */
export function selectIssuesAt(issues: Issue[], path: Path): Issue[] {
  if (issues.length === 0) return NO_ISSUES;
  let byPath = issuesByPath.get(issues);
  if (!byPath) {
    byPath = new Map();
    for (const issue of issues) {
      const key = toFieldName(issue.path);
      const list = byPath.get(key);
      if (list) list.push(issue);
      else byPath.set(key, [issue]);
    }
    issuesByPath.set(issues, byPath);
  }
  const found = byPath.get(toFieldName(path));
  if (!found) return NO_ISSUES;
  // Dotted keys can meet (["a.b"] and ["a", "b"], 0 and "0"): keep only the exact path, once per list and path.
  if (found.every((issue) => pathsEqual(issue.path, path))) return found;
  return found.filter((issue) => pathsEqual(issue.path, path));
}
