import type { JsonObject, JsonValue } from '../issues';
import type { Path } from '../paths';
import { KNOWN_SHAPES, READ_ONLY_TASK_FIELDS } from './known-keys';
import { describeJsonType, hasOwn, isJsonObject, setOwn } from './json-value';
import type { MovedEntry, RemovedEntry, ReportEntry, RestoreShape } from './types';

/** Family given to a task built around containers whose first name cannot serve as one. */
export const DEFAULT_FAMILY = 'my-task';
const FAMILY_PATTERN = /^[A-Za-z0-9_-]{1,255}$/;

const TASK_MEMBERS = KNOWN_SHAPES.RegisterTaskDefinitionRequest ?? {};
const CONTAINER_MEMBERS = KNOWN_SHAPES.ContainerDefinition ?? {};
/** Keys that only a task has (family, networkMode, volumes, …): a container never does. */
const TASK_ONLY_KEYS = Object.keys(TASK_MEMBERS).filter((key) => !hasOwn(CONTAINER_MEMBERS, key));

export type DocumentShape = Exclude<RestoreShape, 'yaml'>;

/** The task definition object found in the input, before read-only fields and nulls are removed. */
export interface Unwrapped {
  doc: JsonObject;
  shape: DocumentShape;
  /** Maps a path in the input to the same place in `doc`; `null` for what is not carried over (wrapper keys). */
  toDocPath: (inputPath: Path) => Path | null;
  /** The inverse: where a place in `doc` came from in the input. */
  toInputPath: (docPath: Path) => Path;
  moved: MovedEntry[];
  wrapped: ReportEntry[];
  removed: RemovedEntry[];
}

function hasReadOnlyField(value: JsonObject): boolean {
  return READ_ONLY_TASK_FIELDS.some((field) => hasOwn(value, field));
}

/** True for `describe-task-definition` output, bare (with taskDefinitionArn, revision, …) or wrapped in `{"taskDefinition": …}`. */
export function isDescribeOutput(value: unknown): boolean {
  return isJsonObject(value) && (isDescribeWrapper(value) || hasReadOnlyField(value));
}

function isDescribeWrapper(value: JsonObject): boolean {
  return isJsonObject(value.taskDefinition) && !hasOwn(value, 'family') && !hasOwn(value, 'containerDefinitions');
}

function isSingleContainer(value: JsonObject): boolean {
  if (!hasOwn(value, 'image') && !hasOwn(value, 'name')) return false;
  if (hasOwn(value, 'taskDefinition') || hasReadOnlyField(value)) return false;
  return !TASK_ONLY_KEYS.some((key) => hasOwn(value, key));
}

function familyFrom(container: JsonValue | undefined): string {
  const name = isJsonObject(container) ? container.name : undefined;
  return typeof name === 'string' && FAMILY_PATTERN.test(name) ? name : DEFAULT_FAMILY;
}

function familySentence(family: string): string {
  return family === DEFAULT_FAMILY ? `family "${family}"` : `family "${family}" (named after its first container)`;
}

function wrapContainers(containers: JsonObject[], shape: 'container-array' | 'single-container'): Unwrapped {
  const family = familyFrom(containers[0]);
  const doc: JsonObject = {};
  setOwn(doc, 'family', family);
  setOwn(doc, 'containerDefinitions', containers);
  const what =
    shape === 'container-array'
      ? `The array of ${containers.length} container definition${containers.length === 1 ? '' : 's'}`
      : 'The container definition';
  return {
    doc,
    shape,
    toDocPath: (path) => (shape === 'container-array' ? ['containerDefinitions', ...path] : ['containerDefinitions', 0, ...path]),
    toInputPath: (path) => path.slice(shape === 'container-array' ? 1 : 2),
    moved: [],
    wrapped: [{ path: ['containerDefinitions'], message: `${what} was wrapped in a new task definition with ${familySentence(family)}.` }],
    removed: [],
  };
}

function unwrapDescribeResponse(value: JsonObject): Unwrapped {
  const inner = value.taskDefinition as JsonObject;
  const doc: JsonObject = {};
  for (const key of Object.keys(inner)) setOwn(doc, key, inner[key] as JsonValue);
  const moved: MovedEntry[] = [];
  const removed: RemovedEntry[] = [];
  let tagOffset: number | null = null;
  for (const key of Object.keys(value)) {
    if (key === 'taskDefinition') continue;
    const member = value[key] as JsonValue;
    const innerTags = doc.tags;
    if (key === 'tags' && (innerTags === undefined || innerTags === null)) {
      setOwn(doc, 'tags', member);
      tagOffset = 0;
      moved.push({ path: ['tags'], from: ['tags'], message: 'Moved the describe response\'s "tags" into the task definition\'s "tags".' });
    } else if (key === 'tags' && Array.isArray(innerTags) && Array.isArray(member)) {
      setOwn(doc, 'tags', [...innerTags, ...member]);
      tagOffset = innerTags.length;
      moved.push({
        path: ['tags'],
        from: ['tags'],
        message: 'Appended the describe response\'s "tags" to the task definition\'s own "tags".',
      });
    } else {
      const why = key === 'tags' ? 'the task definition already has "tags" of another type' : 'it is not part of a task definition';
      removed.push({
        path: [key],
        sourcePath: [key],
        reason: 'wrapper',
        message: `Removed "${key}" from the describe response around the task definition: ${why}.`,
      });
    }
  }
  const toDocPath = (path: Path): Path | null => {
    if (path[0] === 'taskDefinition') return path.slice(1);
    if (path[0] !== 'tags' || tagOffset === null) return path.length === 0 ? [] : null;
    const [, index, ...rest] = path;
    return typeof index === 'number' ? ['tags', index + tagOffset, ...rest] : path;
  };
  const toInputPath = (path: Path): Path => {
    const [first, index, ...rest] = path;
    if (first === 'tags' && tagOffset !== null && (typeof index !== 'number' || index >= tagOffset)) {
      return typeof index === 'number' ? ['tags', index - tagOffset, ...rest] : path;
    }
    return ['taskDefinition', ...path];
  };
  return { doc, shape: 'describe-wrapped', toDocPath, toInputPath, moved, wrapped: [], removed };
}

/**
 * Finds the task definition in a parsed document of any accepted shape, or says why there is none.
 * `asYaml` only changes the wording of rejections.
 */
export function unwrapTaskDefinition(value: JsonValue, asYaml = false): Unwrapped | { error: string } {
  const got = asYaml ? (type: string) => `The text is not JSON, and read as YAML it is ${type}` : (type: string) => `Got ${type}`;
  if (Array.isArray(value)) {
    if (value.length === 0)
      return { error: `${got('an empty array')}; expected a task definition object or an array of container definitions.` };
    const bad = value.findIndex((item) => !isJsonObject(item));
    if (bad >= 0) {
      return {
        error: `Expected a task definition object or an array of container definitions, but item ${bad} of the array is ${describeJsonType(value[bad])}.`,
      };
    }
    return wrapContainers(value as JsonObject[], 'container-array');
  }
  if (!isJsonObject(value)) {
    if (asYaml && value === null)
      return { error: 'The text is not JSON, and read as YAML it holds no value (only comments or blank lines).' };
    return {
      error: asYaml
        ? `${got(describeJsonType(value))}, not a task definition object.`
        : `Expected a task definition object, got ${describeJsonType(value)}.`,
    };
  }
  if (isDescribeWrapper(value)) return unwrapDescribeResponse(value);
  if (isSingleContainer(value)) return wrapContainers([value], 'single-container');
  return {
    doc: value,
    shape: hasReadOnlyField(value) ? 'describe-output' : 'register-input',
    toDocPath: (path) => path,
    toInputPath: (path) => path,
    moved: [],
    wrapped: [],
    removed: [],
  };
}
