/**
 * Splitting a command typed as one shell line into Docker's argument array, and showing it back.
 * Follows POSIX shell quoting: single quotes are literal, double quotes allow \" \\ \$ \` escapes,
 * a backslash outside quotes escapes the next character, a backslash before a line break joins the lines,
 * and an unquoted `#` at the start of a word begins a comment. No expansion is done: `$HOME` stays as typed.
 */
export function splitShellWords(line: string): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quote === "'") {
      if (char === "'") quote = null;
      else current += char;
    } else if (quote === '"') {
      if (char === '"') quote = null;
      else if (char === '\\' && line[i + 1] === '\n') i++;
      else if (char === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1]!)) current += line[++i];
      else current += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (char === '\\' && line[i + 1] === '\n') {
      i++;
    } else if (char === '\\' && i + 1 < line.length) {
      current += line[++i];
      inWord = true;
    } else if (char === '#' && !inWord) {
      while (i + 1 < line.length && line[i + 1] !== '\n') i++;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += char;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return words;
}

/** Shows an argument array as one shell line that {@link splitShellWords} turns back into the same array. */
export function joinShellWords(words: readonly string[]): string {
  return words
    .map((word) => {
      if (word === '') return "''";
      if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
      return `'${word.replace(/'/g, `'\\''`)}'`;
    })
    .join(' ');
}
