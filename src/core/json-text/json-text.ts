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

/** A replacement of `length` characters at `offset` by `content` (jsonc-parser's `Edit`). */
export type TextEdit = Edit;

export interface ParsedJsonText {
  /** The parsed value, or `undefined` when the text has syntax errors. */
  value: JsonValue | undefined;
  /** Syntax errors, each with a text range and a message that says line and column. */
  errors: Issue[];
}

/** One-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
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

function toSyntaxIssue(text: string, error: ParseError): Issue {
  const { line, column } = lineColumnAt(text, error.offset);
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

/**
 * Parses strict JSON (no comments, no trailing commas), reporting every syntax error with its position.
 * Strictness matters: what we accept here is what `register-task-definition` will accept.
 */
export function parseJsonText(text: string): ParsedJsonText {
  // Fast path: the engine's parser accepts exactly strict JSON and is several times faster on a 60 KiB
  // document. Only when it refuses do we parse again with jsonc-parser, for positioned messages.
  try {
    return { value: JSON.parse(text) as JsonValue, errors: [] };
  } catch {
    // fall through
  }
  const errors: ParseError[] = [];
  const value = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) return { value: undefined, errors: errors.map((e) => toSyntaxIssue(text, e)) };
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
  return modify(text, path, value, { formattingOptions: detectFormatting(text) });
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

/** Parses a syntax tree once; reuse it for many {@link rangeOfPath} look-ups. */
export function parseJsonTree(text: string): Node | undefined {
  return parseTree(text, [], { disallowComments: true });
}

/**
 * Where `path` is in the text. A missing path falls back to its nearest existing ancestor, so a
 * missing required field points at its parent's key.
 */
export function rangeOfPath(tree: Node | undefined, path: Path): PathRange | undefined {
  if (!tree) return undefined;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(tree, path.slice(0, depth));
    if (!node) continue;
    const keyNode = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return {
      offset: node.offset,
      length: node.length,
      ...(keyNode ? { keyOffset: keyNode.offset, keyLength: keyNode.length } : {}),
      exact: depth === path.length,
    };
  }
  return undefined;
}

/** The value of a subtree (used by tests and the CLI). */
export function nodeValue(node: Node): unknown {
  return getNodeValue(node);
}
