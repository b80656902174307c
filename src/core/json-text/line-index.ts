/**
 * Line and column arithmetic, defined once for the whole project: `\n`, `\r\n` and a lone `\r` are each one line
 * break (as jsonc-parser and Monaco count them). Lines and columns are 1-based; columns count UTF-16 code units,
 * as editors do. Built once per text, each look-up is a binary search, so placing n problems costs O(n log n)
 * instead of rescanning the text from the start for each one.
 */
export class LineIndex {
  /** Offset where each line starts; `starts[0]` is 0. */
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) starts.push(i + 1);
      else if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** 1-based line and column of a character offset (clamped to the text). */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: Math.max(0, offset - (this.starts[low] as number)) + 1 };
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    return this.position(offset).line;
  }
}

/** One-based line and column of a character offset. For many look-ups in one text, build a {@link LineIndex}. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
