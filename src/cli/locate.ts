/**
 * Maps a document path to a place in the JSON text: line and column (1-based, UTF-16 code units, as editors
 * count them) and an RFC 6901 JSON pointer. Built on jsonc-parser's syntax tree, parsed once per file, and on the
 * core's one line-counting definition (`\n`, `\r\n` and a lone `\r` each end a line).
 */
import type { Node } from 'jsonc-parser';
import { LineIndex, childNode, parseJsonTree } from '../core/json-text';
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

/** A located text: where paths are, line/column arithmetic, done once per file. */
export class TextLocator {
  /** The syntax tree, built on first use (text past the nesting limit has none: it is refused before). */
  private parsed: { tree: Node | undefined } | undefined;
  private readonly lines: LineIndex;

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
  }

  get tree(): Node | undefined {
    this.parsed ??= { tree: parseJsonTree(this.text) };
    return this.parsed.tree;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    return this.lines.position(offset);
  }

  /**
   * Where `path` is. An object member points at its key (`"hostPort"` rather than its value); an array item at the
   * item. A missing path falls back to its nearest existing ancestor. With repeated keys, the last copy (the one
   * parsers keep).
   */
  locate(path: Path): Location {
    let node = this.tree;
    let depth = 0;
    while (node && depth < path.length) {
      const next = childNode(node, path[depth] as string | number);
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
