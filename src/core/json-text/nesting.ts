/**
 * The nesting limit. A task definition is at most about eight levels deep; a text nested thousands deep is an
 * attack or a broken generator, and recursive code (jsonc-parser's parser and tree builder, zod, deep equality,
 * JSON.stringify) would overflow the stack on it. So every text is measured first, in one iterative pass, and
 * refused with the place where the limit was passed.
 */
export const MAX_NESTING_DEPTH = 100;

/**
 * Offset of the first `[` or `{` that opens level `max + 1`, or `undefined` when the text stays within `max`
 * levels. Brackets inside strings and comments do not count; unbalanced text is measured as written.
 */
export function offsetBeyondDepth(text: string, max: number = MAX_NESTING_DEPTH): number | undefined {
  let depth = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5b || code === 0x7b) {
      if (++depth > max) return i;
    } else if (code === 0x5d || code === 0x7d) {
      if (depth > 0) depth--;
    } else if (code === 0x22) {
      // A string: skip to its closing quote (or the line's end, where jsonc-parser ends an unterminated one).
      for (i++; i < length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c) i++;
        else if (c === 0x22 || c === 10 || c === 13) break;
      }
    } else if (code === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      while (i < length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    } else if (code === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? length : close + 1;
    }
  }
  return undefined;
}
