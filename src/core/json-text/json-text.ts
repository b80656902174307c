import {
  applyEdits,
  findNodeAtLocation,
  getNodeValue,
  modify,
  parse,
  parseTree,
  printParseErrorCode,
  type Edit,
  type FormattingOptions,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { Issue, JsonValue } from '../issues';
import type { Path } from '../paths';
import { LineIndex } from './line-index';

export { lineColumnAt } from './line-index';
import { MAX_NESTING_DEPTH, offsetBeyondDepth } from './nesting';

/** A replacement of `length` characters at `offset` by `content` (jsonc-parser's `Edit`). */
export type TextEdit = Edit;

export interface ParsedJsonText {
  /** The parsed value, or `undefined` when the text has syntax errors. */
  value: JsonValue | undefined;
  /** Syntax errors, each with a text range and a message that says line and column. */
  errors: Issue[];
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace } is expected',
  CloseBracketExpected: 'a closing bracket ] is expected',
  EndOfFileExpected: 'nothing may follow the closing brace',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

function toSyntaxIssue(lines: LineIndex, error: ParseError): Issue {
  const { line, column } = lines.position(error.offset);
  const code = printParseErrorCode(error.error);
  return {
    path: [],
    message: `JSON syntax error at line ${line}, column ${column}: ${SYNTAX_MESSAGES[code] ?? code}.`,
    severity: 'error',
    ruleId: 'json-syntax',
    source: 'syntax',
    offset: error.offset,
    length: Math.max(error.length, 1),
  };
}

/** Syntax errors reported one by one; past this, one more says how many there are in all. */
export const MAX_SYNTAX_ERRORS = 100;

function tooDeepIssue(text: string, offset: number): Issue {
  const { line, column } = new LineIndex(text).position(offset);
  return {
    path: [],
    message:
      `JSON nested too deeply at line ${line}, column ${column}: more than ${MAX_NESTING_DEPTH} levels of brackets; ` +
      'a task definition needs fewer than ten, so remove the extra nesting.',
    severity: 'error',
    ruleId: 'json-too-deep',
    source: 'syntax',
    offset,
    length: 1,
  };
}

/**
 * Parses strict JSON (no comments, no trailing commas), reporting every syntax error with its position.
 * Strictness matters: what we accept here is what `register-task-definition` will accept.
 */
export function parseJsonText(text: string): ParsedJsonText {
  // Measured first: recursive code downstream (jsonc-parser here, zod, deep equality) would overflow the stack.
  const tooDeep = offsetBeyondDepth(text, MAX_NESTING_DEPTH);
  if (tooDeep !== undefined) return { value: undefined, errors: [tooDeepIssue(text, tooDeep)] };
  // Fast path: the engine's parser accepts exactly strict JSON and is several times faster on a 60 KiB
  // document. Only when it refuses do we parse again with jsonc-parser, for positioned messages.
  try {
    return { value: JSON.parse(text) as JsonValue, errors: [] };
  } catch {
    // fall through
  }
  const errors: ParseError[] = [];
  const value = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const lines = new LineIndex(text);
    // The first errors say where the text breaks; thousands more (a file of comments) only repeat it.
    const shown = errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => toSyntaxIssue(lines, e));
    const last = errors[errors.length - 1] as ParseError;
    if (errors.length > MAX_SYNTAX_ERRORS) {
      const { line, column } = lines.position(last.offset);
      shown.push({
        ...toSyntaxIssue(lines, last),
        message: `JSON syntax error at line ${line}, column ${column}: the last of ${errors.length} syntax errors; the ${errors.length - MAX_SYNTAX_ERRORS - 1} between are not listed.`,
      });
    }
    return { value: undefined, errors: shown };
  }
  return { value: value as JsonValue, errors: [] };
}

/** Guesses the document's indentation so inserted properties match the user's formatting. */
export function detectFormatting(text: string): FormattingOptions {
  const match = /\n([ \t]+)\S/.exec(text);
  const indent = match?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (indent.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent.length, eol };
}

/**
 * The minimal text edits that set (or, with `undefined`, remove) the value at `path`, leaving every other
 * character of the text as it was: formatting, key order and unknown keys survive a form edit.
 * Missing parents are created. Array indexes past the end append.
 */
export function setValueAtPath(text: string, path: Path, value: unknown): TextEdit[] {
  if (value === undefined) {
    const edit = removeLastArrayElement(text, path);
    if (edit) return [edit];
  }
  return modify(text, path, value, { formattingOptions: detectFormatting(text) });
}

/**
 * Removing the last of several array elements, done here: jsonc-parser 3.3's `modify` assumes a line break before the
 * closing bracket and, in compact text such as `["db","cache"]`, leaves one character of the removed element behind
 * (`["db""]`), which breaks the document. The edit runs from the end of the previous element to the end of the
 * removed one, so the text around the brackets stays as it was.
 */
function removeLastArrayElement(text: string, path: Path): TextEdit | null {
  const index = path.at(-1);
  if (typeof index !== 'number') return null;
  const tree = parseJsonTree(text);
  const parent = tree && findNodeAtLocation(tree, path.slice(0, -1));
  const children = parent?.type === 'array' ? (parent.children ?? []) : [];
  if (children.length < 2 || index !== children.length - 1) return null;
  const previous = children[index - 1] as Node;
  const removed = children[index] as Node;
  const offset = previous.offset + previous.length;
  return { offset, length: removed.offset + removed.length - offset, content: '' };
}

/** Applies edits (from {@link setValueAtPath}) to the text. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return applyEdits(text, edits);
}

/**
 * Inserts `value` as a new element at `index` of the array at `path` (shifting later elements),
 * instead of replacing the element there.
 */
export function insertArrayElement(text: string, path: Path, index: number, value: unknown): TextEdit[] {
  return modify(text, [...path, index], value, {
    formattingOptions: detectFormatting(text),
    isArrayInsertion: true,
  });
}

/** The text range of the value at `path`; for a property, `keyRange` is the range of its key. */
export interface PathRange {
  offset: number;
  length: number;
  keyOffset?: number;
  keyLength?: number;
  /** False when `path` does not exist and the range is of its nearest existing ancestor. */
  exact: boolean;
}

/**
 * Parses a syntax tree once; reuse it for many {@link rangeOfPath} look-ups. `undefined` for text nested past
 * {@link MAX_NESTING_DEPTH} (jsonc-parser's tree builder is recursive and would overflow the stack).
 */
export function parseJsonTree(text: string): Node | undefined {
  if (offsetBeyondDepth(text, MAX_NESTING_DEPTH) !== undefined) return undefined;
  return parseTree(text, [], { disallowComments: true });
}

/** Per object node, its members by key, built on first look-up: a path look-up in a wide object is O(1), not O(keys). */
const membersByNode = new WeakMap<Node, Map<string, Node>>();

/** The child of an object or array node for one path segment; with repeated keys, the last (the one parsers keep). */
export function childNode(node: Node, segment: string | number): Node | undefined {
  if (node.type === 'array') return typeof segment === 'number' ? node.children?.[segment] : undefined;
  if (node.type !== 'object') return undefined;
  let members = membersByNode.get(node);
  if (!members) {
    members = new Map();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key && typeof key.value === 'string' && value) members.set(key.value, value);
    }
    membersByNode.set(node, members);
  }
  return members.get(String(segment));
}

/**
 * Where `path` is in the text. A missing path falls back to its nearest existing ancestor, so a
 * missing required field points at its parent's key.
 */
export function rangeOfPath(tree: Node | undefined, path: Path): PathRange | undefined {
  if (!tree) return undefined;
  let node = tree;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const next = childNode(node, path[depth] as string | number);
    if (!next) break;
    node = next;
  }
  const keyNode = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return {
    offset: node.offset,
    length: node.length,
    ...(keyNode ? { keyOffset: keyNode.offset, keyLength: keyNode.length } : {}),
    exact: depth === path.length,
  };
}

/** The value of a subtree (used by tests and the CLI). */
export function nodeValue(node: Node): unknown {
  return getNodeValue(node);
}
