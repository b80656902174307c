import { createScanner } from 'jsonc-parser';
import { Token } from './json-scan';

/** Whitespace between `from` and the line break (or text end) after it, or before it back to the line start. */
function blankUntilLineEnd(text: string, from: number): number | null {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (i === text.length) return i;
  if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
  if (text[i] === '\n' || text[i] === '\r') return i + 1;
  return null;
}

function blankSinceLineStart(text: string, to: number): number | null {
  let i = to;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r' ? i : null;
}

/**
 * Removes `//` and `/* *\/` comments and trailing commas (`[1, 2,]`, `{"a": 1,}`), leaving everything inside strings
 * alone, since jsonc-parser's scanner reads strings as whole tokens. A comment alone on its line takes the line with it.
 * Used for the "remove them" offer when {@link restoreTaskDefinition} rejects a file with `canStripComments`.
 */
export function stripCommentsAndTrailingCommas(text: string): string {
  const scanner = createScanner(text, false);
  const cuts: [number, number][] = [];
  let pendingComma: number | null = null;
  for (let kind = scanner.scan(); kind !== Token.EOF; kind = scanner.scan()) {
    const start = scanner.getTokenOffset();
    const end = start + scanner.getTokenLength();
    if (kind === Token.LineComment || kind === Token.BlockComment) {
      const lineStart = blankSinceLineStart(text, start);
      const lineEnd = lineStart === null ? null : blankUntilLineEnd(text, end);
      cuts.push(lineStart !== null && lineEnd !== null ? [lineStart, lineEnd] : [start, end]);
      continue;
    }
    if (kind === Token.Trivia || kind === Token.LineBreak) continue;
    if ((kind === Token.CloseBrace || kind === Token.CloseBracket) && pendingComma !== null) {
      cuts.push([pendingComma, pendingComma + 1]);
    }
    pendingComma = kind === Token.Comma ? start : null;
  }
  if (cuts.length === 0) return text;
  cuts.sort((a, b) => a[0] - b[0]);
  let result = '';
  let from = 0;
  for (const [start, end] of cuts) {
    if (start < from) continue;
    result += text.slice(from, start);
    from = end;
  }
  return result + text.slice(from);
}
