import type { JsonObject } from '../issues';
import type { Path } from '../paths';
import { READ_ONLY_TASK_FIELDS } from './known-keys';
import { copyWithout, describePath } from './json-value';
import type { RemovedEntry } from './types';

const READ_ONLY = new Set(READ_ONLY_TASK_FIELDS);

/** Most removals listed one by one; a document with more nulls than this is not a real task definition. */
export const MAX_REMOVED_ENTRIES = 10_000;

/** Removed array elements, per array (a trie over paths), so paths found before the removal can follow the shift. */
interface RemovedIndexes {
  children: Map<string | number, RemovedIndexes>;
  /** Indexes removed from the array at this node, ascending (the copy visits them in order). */
  indexes: number[];
}

function emptyNode(): RemovedIndexes {
  return { children: new Map(), indexes: [] };
}

function addRemovedIndex(root: RemovedIndexes, path: Path): void {
  let node = root;
  for (const segment of path.slice(0, -1)) {
    let child = node.children.get(segment);
    if (!child) {
      child = emptyNode();
      node.children.set(segment, child);
    }
    node = child;
  }
  node.indexes.push(path.at(-1) as number);
}

/** The same place after the removal (unchanged where nothing before it in its array was removed). */
function translatePath(root: RemovedIndexes, path: Path): Path {
  let node: RemovedIndexes | undefined = root;
  return path.map((segment) => {
    let moved = segment;
    if (typeof segment === 'number' && node) {
      let shift = 0;
      while (shift < node.indexes.length && (node.indexes[shift] as number) < segment) shift++;
      moved = segment - shift;
    }
    node = node?.children.get(segment);
    return moved;
  });
}

export interface Cleaned {
  doc: JsonObject;
  removed: RemovedEntry[];
  truncated: boolean;
  /** Maps a path in the document before cleaning to the cleaned document. */
  translate: (path: Path) => Path;
}

/**
 * Removes what `register-task-definition` does not take: the read-only fields of describe output (top level only)
 * and every `null`, wherever it is. Each removal is listed with where it was (`toSourcePath` maps that back to the input).
 */
export function removeReadOnlyAndNulls(doc: JsonObject, toSourcePath: (path: Path) => Path): Cleaned {
  const removed: RemovedEntry[] = [];
  const removedIndexes = emptyNode();
  let truncated = false;
  let anyIndexRemoved = false;
  const cleaned = copyWithout(
    doc,
    (key, value, depth) => value === null || (depth === 1 && typeof key === 'string' && READ_ONLY.has(key)),
    (path, value) => {
      if (typeof path.at(-1) === 'number') {
        addRemovedIndex(removedIndexes, path);
        anyIndexRemoved = true;
      }
      if (removed.length >= MAX_REMOVED_ENTRIES) {
        truncated = true;
        return;
      }
      const readOnly = value !== null || (path.length === 1 && READ_ONLY.has(String(path[0])));
      removed.push({
        path,
        sourcePath: toSourcePath(path),
        reason: readOnly ? 'read-only' : 'null',
        message: readOnly
          ? `Removed "${String(path[0])}": ECS sets it (describe output), and registering rejects it.`
          : `Removed the null at ${describePath(path)}; registering does not accept null values.`,
      });
    },
  ) as JsonObject;
  return {
    doc: cleaned,
    removed,
    truncated,
    translate: anyIndexRemoved ? (path) => translatePath(removedIndexes, path) : (path) => path,
  };
}
