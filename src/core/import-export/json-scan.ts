import { createScanner, type JSONScanner } from 'jsonc-parser';
import type { Path } from '../paths';
import { MAX_DEPTH, MAX_REPORT_ENTRIES, formatCount, quoteForMessage } from './json-value';

/** jsonc-parser's `SyntaxKind` (an ambient const enum, which `isolatedModules` cannot read). */
export const Token = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  Colon: 6,
  Null: 7,
  True: 8,
  False: 9,
  String: 10,
  Number: 11,
  LineComment: 12,
  BlockComment: 13,
  LineBreak: 14,
  Trivia: 15,
  Unknown: 16,
  EOF: 17,
} as const;

/** A place in the text: offset from 0, line and column from 1. */
export interface TextProblem {
  message: string;
  offset: number;
  line: number;
  column: number;
}

export interface DuplicateKeyHit {
  key: string;
  path: Path;
  offset: number;
  line: number;
  column: number;
}

/** Result of checking text as strict JSON, while noting (not failing on) comments and trailing commas. */
export type JsonScan =
  | { kind: 'json'; duplicates: DuplicateKeyHit[]; firstCommentOrComma: TextProblem | null }
  | { kind: 'error'; problem: TextProblem; startsLikeJson: boolean }
  | { kind: 'empty'; onlyComments: boolean };

type ObjectState = 'firstKey' | 'key' | 'colon' | 'value' | 'after';
type ArrayState = 'firstValue' | 'value' | 'after';
type Frame =
  | { type: 'object'; state: ObjectState; keys: Set<string>; seg: string; line: number; column: number }
  | { type: 'array'; state: ArrayState; seg: number; line: number; column: number };

const SCAN_ERRORS: Record<number, string> = {
  1: 'The comment starting at {at} is not closed.',
  2: 'The string starting at {at} is not closed before the end of the line.',
  3: 'The number at {at} is incomplete.',
  4: 'The string at {at} has an invalid \\u escape: it needs four hex digits.',
  5: 'The string at {at} has an invalid escape; JSON allows only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.',
  6: 'The string at {at} contains a raw control character (such as a tab); write it as an escape, e.g. \\t.',
};

function describeToken(kind: number, value: string): string {
  switch (kind) {
    case Token.EOF:
      return 'the end of the text';
    case Token.String:
      return `the string ${quoteForMessage(value, 30)}`;
    case Token.Number:
      return `the number ${value.slice(0, 30)}`;
    case Token.Unknown: {
      const code = value.codePointAt(0) ?? 0;
      if (value.startsWith("'")) return `${quoteForMessage(value, 30)} (JSON strings need double quotes)`;
      if (code <= 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0xfeff || (code >= 0x2000 && code <= 0x206f)) {
        return `the character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      }
      return `'${value.slice(0, 30)}'`;
    }
    default:
      return `'${value || tokenText(kind)}'`;
  }
}

function tokenText(kind: number): string {
  return ['', '{', '}', '[', ']', ',', ':', 'null', 'true', 'false'][kind] ?? '?';
}

/** Checks `text` (without a byte-order mark) as JSON with one pass of jsonc-parser's scanner, without recursion. */
export function scanJson(text: string): JsonScan {
  const scanner: JSONScanner = createScanner(text, false);
  const frames: Frame[] = [];
  const duplicates: DuplicateKeyHit[] = [];
  let topState = 'value' as 'value' | 'end';
  let startsLikeJson: boolean | undefined;
  let sawComment = false;
  let firstCommentOrComma: TextProblem | null = null;
  let lastComma: { offset: number; line: number; column: number } | null = null;

  const here = (): { offset: number; line: number; column: number } => ({
    offset: scanner.getTokenOffset(),
    line: scanner.getTokenStartLine() + 1,
    column: scanner.getTokenStartCharacter() + 1,
  });
  const problem = (template: string): TextProblem => {
    const at = here();
    return { ...at, message: template.replace('{at}', `line ${at.line}, column ${at.column}`) };
  };
  const fail = (template: string): JsonScan => ({ kind: 'error', problem: problem(template), startsLikeJson: startsLikeJson === true });
  const trailingComma = (at: { offset: number; line: number; column: number }): TextProblem => ({
    ...at,
    message: `a trailing comma at line ${at.line}, column ${at.column}`,
  });
  // A trailing comma is only known at the bracket after it, possibly after a comment: keep the earliest by offset.
  const noteCommentOrComma = (found: TextProblem): void => {
    if (firstCommentOrComma === null || found.offset < firstCommentOrComma.offset) firstCommentOrComma = found;
  };
  const valueDone = (): void => {
    const top = frames.at(-1);
    if (top === undefined) topState = 'end';
    else top.state = 'after';
  };

  for (;;) {
    const kind = scanner.scan();
    const value = scanner.getTokenValue();
    if (kind === Token.Trivia || kind === Token.LineBreak) continue;
    if (kind === Token.LineComment || kind === Token.BlockComment) {
      if (scanner.getTokenError() !== 0) return fail(SCAN_ERRORS[1] as string);
      sawComment = true;
      noteCommentOrComma(problem('a comment at {at}'));
      continue;
    }
    startsLikeJson ??= kind === Token.OpenBrace || kind === Token.OpenBracket;
    const error = scanner.getTokenError();
    if (error !== 0) return fail(SCAN_ERRORS[error] ?? 'The text at {at} is not valid JSON.');

    const top = frames.at(-1);
    const isValueStart = kind === Token.OpenBrace || kind === Token.OpenBracket || (kind >= Token.Null && kind <= Token.Number);

    if (top === undefined) {
      if (kind === Token.EOF) {
        if (topState === 'end') return { kind: 'json', duplicates, firstCommentOrComma };
        return { kind: 'empty', onlyComments: sawComment };
      }
      if (topState === 'end') return fail(`Unexpected ${describeToken(kind, value)} at {at}, after the end of the JSON document.`);
      if (!isValueStart) return fail(`Expected a JSON value at {at}, found ${describeToken(kind, value)}.`);
    } else if (kind === Token.EOF) {
      const what = top.type === 'object' ? 'object' : 'array';
      return fail(`The text ends before the ${what} opened at line ${top.line}, column ${top.column} is closed.`);
    } else if (top.type === 'object') {
      switch (top.state) {
        case 'firstKey':
        case 'key':
          if (kind === Token.CloseBrace) {
            if (top.state === 'key' && lastComma) noteCommentOrComma(trailingComma(lastComma));
            frames.pop();
            valueDone();
          } else if (kind === Token.String) {
            if (top.keys.has(value)) {
              if (duplicates.length < MAX_REPORT_ENTRIES) {
                const path: Path = frames.slice(0, -1).map((frame) => frame.seg);
                duplicates.push({ key: value, path: [...path, value], ...here() });
              }
            } else top.keys.add(value);
            top.seg = value;
            top.state = 'colon';
          } else return fail(`Expected a property name in double quotes at {at}, found ${describeToken(kind, value)}.`);
          continue;
        case 'colon':
          if (kind !== Token.Colon)
            return fail(
              `Expected ':' after the property name ${quoteForMessage(top.seg, 40)} at {at}, found ${describeToken(kind, value)}.`,
            );
          top.state = 'value';
          continue;
        case 'value':
          if (!isValueStart)
            return fail(`Expected a value for ${quoteForMessage(top.seg, 40)} at {at}, found ${describeToken(kind, value)}.`);
          break;
        case 'after':
          if (kind === Token.Comma) {
            lastComma = here();
            top.state = 'key';
          } else if (kind === Token.CloseBrace) {
            frames.pop();
            valueDone();
          } else {
            const hint = isValueStart ? ' (a comma is probably missing)' : '';
            return fail(`Expected ',' or '}' at {at}, found ${describeToken(kind, value)}${hint}.`);
          }
          continue;
      }
    } else {
      if (top.state === 'after') {
        if (kind === Token.Comma) {
          lastComma = here();
          top.state = 'value';
          top.seg++;
        } else if (kind === Token.CloseBracket) {
          frames.pop();
          valueDone();
        } else {
          const hint = isValueStart ? ' (a comma is probably missing)' : '';
          return fail(`Expected ',' or ']' at {at}, found ${describeToken(kind, value)}${hint}.`);
        }
        continue;
      }
      if (kind === Token.CloseBracket) {
        if (top.state === 'value' && lastComma) noteCommentOrComma(trailingComma(lastComma));
        frames.pop();
        valueDone();
        continue;
      }
      if (!isValueStart) return fail(`Expected a value at {at}, found ${describeToken(kind, value)}.`);
    }

    // A value starts here.
    if (kind === Token.OpenBrace || kind === Token.OpenBracket) {
      if (frames.length >= MAX_DEPTH) {
        return fail(`Nesting is deeper than ${formatCount(MAX_DEPTH)} levels at {at}; a task definition needs fewer than ten.`);
      }
      const at = here();
      frames.push(
        kind === Token.OpenBrace
          ? { type: 'object', state: 'firstKey', keys: new Set(), seg: '', line: at.line, column: at.column }
          : { type: 'array', state: 'firstValue', seg: 0, line: at.line, column: at.column },
      );
      continue;
    }
    if (kind === Token.Number && !Number.isFinite(Number(value))) {
      return fail(`The number ${value.slice(0, 30)} at {at} is too large: it would become Infinity.`);
    }
    valueDone();
  }
}
