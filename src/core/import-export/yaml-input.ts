import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { JsonObject, JsonValue } from '../issues';
import type { Path } from '../paths';
import type { DuplicateKeyHit, TextProblem } from './json-scan';
import { MAX_DEPTH, MAX_REPORT_ENTRIES, describePath, formatCount, setOwn } from './json-value';

/** Largest text read as YAML: the YAML parser needs up to about 1.5 s per megabyte, and a task definition is at most 64 KiB. */
export const MAX_YAML_CHARS = 128 * 1024;

export type YamlRead =
  { ok: true; value: JsonValue; duplicates: DuplicateKeyHit[] } | { ok: false; message: string; position?: Omit<TextProblem, 'message'> };

class NotJson extends Error {}

/** The same key text `toJS` uses for scalar keys. */
function keyText(node: unknown): string {
  if (isScalar(node)) return node.value === null || node.value === undefined ? '' : String(node.value);
  return String(node);
}

interface Visit {
  node: unknown;
  parent: Visit | null;
  seg: string | number;
  depth: number;
}

function pathOf(visit: Visit): Path {
  const path: Path = [];
  for (let v: Visit | null = visit; v !== null && v.parent !== null; v = v.parent) path.push(v.seg);
  return path.reverse();
}

function startOf(node: unknown): number {
  return isMap(node) || isSeq(node) || isScalar(node) ? (node.range?.[0] ?? 0) : 0;
}

/** Walks the syntax tree without recursion: checks the depth and finds keys written twice in one mapping. */
function inspectTree(root: Node | null, at: (offset: number) => Omit<TextProblem, 'message'>): DuplicateKeyHit[] | YamlRead {
  const duplicates: DuplicateKeyHit[] = [];
  const stack: Visit[] = [{ node: root, parent: null, seg: '', depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const { node, depth } = visit;
    if (depth > MAX_DEPTH) {
      return { ok: false, message: `Nesting is deeper than ${formatCount(MAX_DEPTH)} levels.`, position: at(startOf(node)) };
    }
    if (isSeq(node)) {
      node.items.forEach((item, index) => stack.push({ node: item, parent: visit, seg: index, depth: depth + 1 }));
    } else if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = keyText(pair.key);
        if (seen.has(key) && duplicates.length < MAX_REPORT_ENTRIES) {
          duplicates.push({ key, path: [...pathOf(visit), key], ...at(startOf(pair.key)) });
        }
        seen.add(key);
        stack.push({ node: pair.value, parent: visit, seg: key, depth: depth + 1 });
      }
    }
  }
  return duplicates;
}

/** Copies what `toJS` returned into plain JSON values, refusing what JSON cannot hold; `path` is a shared stack. */
function toJsonValue(value: unknown, path: Path): JsonValue {
  if (path.length > MAX_DEPTH) throw new NotJson(`Nesting is deeper than ${formatCount(MAX_DEPTH)} levels (after expanding YAML aliases).`);
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw new NotJson(`The YAML value at ${describePath(path)} is ${String(value)}, which JSON cannot hold.`);
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) => {
      path.push(index);
      const copy = toJsonValue(item, path);
      path.pop();
      return copy;
    });
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: JsonObject = {};
    for (const key of Object.keys(value)) {
      path.push(key);
      setOwn(out, key, toJsonValue((value as Record<string, unknown>)[key], path));
      path.pop();
    }
    return out;
  }
  const kind = value instanceof Map ? 'a YAML map with complex keys' : value instanceof Set ? 'a YAML set' : `a ${typeof value}`;
  throw new NotJson(`The YAML value at ${describePath(path)} is ${kind}, which JSON cannot hold.`);
}

/** Reads `text` as one YAML document (YAML 1.2 core schema; aliases limited against "billion laughs"). */
/** Deepest `[`/`{` nesting read as YAML. A task definition nests about 8 levels; the parser recurses per level. */
const MAX_FLOW_DEPTH = 200;

/**
 * True when flow collections nest deeper than {@link MAX_FLOW_DEPTH}. The YAML parser recurses per level and
 * can run out of stack inside V8's regular-expression compiler, which is a fatal out-of-memory error rather
 * than a catchable RangeError; so such text is refused before it reaches the parser.
 */
function flowNestsTooDeep(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x5b || char === 0x7b) {
      if (++depth > MAX_FLOW_DEPTH) return true;
    } else if ((char === 0x5d || char === 0x7d) && depth > 0) depth--;
  }
  return false;
}

export function readYaml(text: string): YamlRead {
  if (flowNestsTooDeep(text)) {
    return {
      ok: false,
      message: `Brackets nest deeper than ${MAX_FLOW_DEPTH} levels; a task definition never does, so this is probably not one.`,
    };
  }
  const lineCounter = new LineCounter();
  const at = (offset: number): Omit<TextProblem, 'message'> => {
    const { line, col } = lineCounter.linePos(offset);
    return { offset, line, column: col };
  };
  try {
    const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    const error = doc.errors[0];
    if (error) {
      const position = at(error.pos[0]);
      const message =
        error.code === 'MULTIPLE_DOCS'
          ? 'It holds several YAML documents (separated by ---); import one task definition at a time.'
          : `${error.message.replace(/\.$/, '')} at line ${position.line}, column ${position.column}.`;
      return { ok: false, message, position };
    }
    if (isAlias(doc.contents)) return { ok: false, message: 'The whole YAML document is an alias.' };
    const inspected = inspectTree(doc.contents, at);
    if (!Array.isArray(inspected)) return inspected;
    const value = toJsonValue(doc.toJS({ maxAliasCount: 100 }), []);
    return { ok: true, value, duplicates: inspected };
  } catch (error) {
    if (error instanceof NotJson) return { ok: false, message: error.message };
    if (error instanceof RangeError) return { ok: false, message: 'The YAML is nested too deeply to read.' };
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    if (/alias count/i.test(detail))
      return { ok: false, message: 'Its aliases expand to a huge document (a "billion laughs" alias bomb).' };
    return { ok: false, message: `${detail.replace(/\.$/, '')}.` };
  }
}
