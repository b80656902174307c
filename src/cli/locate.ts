/**
 * Maps a document path to a place in the JSON text: line and column (1-based, UTF-16 code units, as editors
 * count them) and an RFC 6901 JSON pointer. Built on jsonc-parser's syntax tree, parsed once per file.
 */
import { parseTree, type Node } from 'jsonc-parser';
import type { Path } from '../core/paths';

export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** False when the path does not exist and the location is its nearest existing ancestor. */
  exact: boolean;
}

/** RFC 6901 pointer: `['containerDefinitions', 0, 'name']` → `/containerDefinitions/0/name`; `[]` → `""`. */
export function toJsonPointer(path: Path): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Offsets where lines start; `\n`, `\r\n` and a lone `\r` all end a line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The child of an object or array node for one path segment; with duplicate keys, the last one (as parsers keep it). */
function child(node: Node, segment: string | number): Node | undefined {
  if (node.type === 'array') return typeof segment === 'number' ? node.children?.[segment] : undefined;
  if (node.type !== 'object') return undefined;
  let found: Node | undefined;
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.value === String(segment) && value) found = value;
  }
  return found;
}

/** A located text: where paths are, line/column arithmetic, done once per file. */
export class TextLocator {
  readonly tree: Node | undefined;
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.tree = parseTree(text, [], { disallowComments: false, allowTrailingComma: true });
    this.starts = lineStarts(text);
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] as number) + 1 };
  }

  /**
   * Where `path` is. An object member points at its key (`"hostPort"` rather than its value); an array item at the
   * item. A missing path falls back to its nearest existing ancestor.
   */
  locate(path: Path): Location {
    let node = this.tree;
    let depth = 0;
    while (node && depth < path.length) {
      const next = child(node, path[depth] as string | number);
      if (!next) break;
      node = next;
      depth++;
    }
    if (!node) return { line: 1, column: 1, endLine: 1, endColumn: 1, exact: path.length === 0 };
    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    const target = key ?? node;
    const start = this.position(target.offset);
    const end = this.position(target.offset + target.length);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, exact: depth === path.length };
  }
}
