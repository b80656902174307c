/**
 * A small, synchronous HCL reader for the part of the language Terraform task definitions use: blocks, arguments,
 * literals, quoted templates and heredocs (with `${…}` interpolations and the `$${` / `%%{` escapes), tuples,
 * objects, function calls and references (`var.image`, `aws_iam_role.task.arn`). Operators, conditionals and `for`
 * expressions are reported as unsupported at their line. (`@cdktf/hcl2json` is asynchronous WebAssembly and gives
 * expressions back as source text, so the converter, which is synchronous, cannot use it; the tests use it as an oracle.)
 */

export type HclExpression =
  | { type: 'literal'; value: string | number | boolean | null; line: number }
  /** A template: literal text and interpolated expressions, escapes decoded. */
  | { type: 'template'; parts: (string | HclExpression)[]; line: number }
  | { type: 'tuple'; items: HclExpression[]; line: number }
  | { type: 'object'; entries: { key: string; value: HclExpression }[]; line: number }
  | { type: 'call'; name: string; args: HclExpression[]; line: number }
  /** A reference such as `var.image` or `local.containers[0]`, as written. */
  | { type: 'reference'; text: string; line: number };

export interface HclBlock {
  type: string;
  labels: string[];
  body: HclBody;
  line: number;
}

export interface HclBody {
  attributes: { name: string; value: HclExpression; line: number }[];
  blocks: HclBlock[];
}

export class HclSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;

class Reader {
  pos = 0;
  /** Offsets of the line starts, for line numbers in messages without rescanning the text. */
  private readonly starts: number[] = [0];
  constructor(
    readonly text: string,
    private readonly firstLine = 1,
  ) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  line(at = this.pos): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= at) low = mid;
      else high = mid - 1;
    }
    return low + this.firstLine;
  }

  fail(message: string): never {
    throw new HclSyntaxError(message, this.line());
  }

  /** Skips spaces and comments; newlines too unless `keepNewlines`. */
  skip(keepNewlines = false): void {
    const text = this.text;
    while (this.pos < text.length) {
      const char = text[this.pos] as string;
      if (char === '\n' && keepNewlines) return;
      if (char === ' ' || char === '\t' || char === '\r' || char === '\n') this.pos++;
      else if (char === '#' || (char === '/' && text[this.pos + 1] === '/')) {
        while (this.pos < text.length && text[this.pos] !== '\n') this.pos++;
      } else if (char === '/' && text[this.pos + 1] === '*') {
        const end = text.indexOf('*/', this.pos + 2);
        if (end < 0) this.fail('a /* comment is not closed');
        this.pos = end + 2;
      } else return;
    }
  }

  peek(): string {
    return this.text[this.pos] ?? '';
  }

  match(pattern: RegExp): string | null {
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.text);
    if (!found) return null;
    this.pos += found[0].length;
    return found[0];
  }

  expect(char: string): void {
    this.skip();
    if (this.peek() !== char) this.fail(`expected "${char}", found ${this.peek() === '' ? 'the end of the file' : `"${this.peek()}"`}`);
    this.pos++;
  }
}

function parseBody(reader: Reader, closing: string | null): HclBody {
  const body: HclBody = { attributes: [], blocks: [] };
  for (;;) {
    reader.skip();
    if (closing !== null && reader.peek() === closing) {
      reader.pos++;
      return body;
    }
    if (reader.peek() === '') {
      if (closing !== null) reader.fail(`a block is not closed with "${closing}"`);
      return body;
    }
    const line = reader.line();
    const name = reader.match(IDENT);
    if (name === null) reader.fail(`expected an argument or a block, found "${reader.peek()}"`);
    reader.skip(true);
    if (reader.peek() === '=' && reader.text[reader.pos + 1] !== '=') {
      reader.pos++;
      body.attributes.push({ name, value: parseExpression(reader), line });
      reader.skip(true);
      const next = reader.peek();
      if (next !== '\n' && next !== '' && next !== closing)
        reader.fail(`unexpected "${next}" after the value of ${name} (operators and conditionals are not supported)`);
      continue;
    }
    const labels: string[] = [];
    for (;;) {
      reader.skip();
      if (reader.peek() === '"') labels.push(templateText(parseQuoted(reader), reader));
      else {
        const label = reader.match(IDENT);
        if (label === null) break;
        labels.push(label);
      }
    }
    reader.expect('{');
    body.blocks.push({ type: name, labels, body: parseBody(reader, '}'), line });
  }
}

function templateText(expression: HclExpression, reader: Reader): string {
  if (expression.type === 'template' && expression.parts.every((part) => typeof part === 'string')) return expression.parts.join('');
  return reader.fail('a block label cannot hold an interpolation');
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** Reads template text up to `end` (a quote, or the end of a heredoc body), decoding escapes and interpolations. */
function parseTemplate(reader: Reader, quoted: boolean, end: number, line: number): HclExpression {
  const parts: (string | HclExpression)[] = [];
  let literal = '';
  const text = reader.text;
  while (reader.pos < end) {
    const char = text[reader.pos] as string;
    if (quoted && char === '"') break;
    if (quoted && char === '\n') reader.fail('a quoted string does not end on its line');
    if (quoted && char === '\\') {
      const next = text[reader.pos + 1] ?? '';
      if (next === 'u' || next === 'U') {
        const length = next === 'u' ? 4 : 8;
        const hex = text.slice(reader.pos + 2, reader.pos + 2 + length);
        if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== length) reader.fail(`bad escape \\${next}${hex}`);
        literal += String.fromCodePoint(parseInt(hex, 16));
        reader.pos += 2 + length;
      } else if (ESCAPES[next] !== undefined) {
        literal += ESCAPES[next];
        reader.pos += 2;
      } else reader.fail(`unknown escape \\${next}`);
      continue;
    }
    if ((char === '$' || char === '%') && text[reader.pos + 1] === char && text[reader.pos + 2] === '{') {
      literal += `${char}{`; // `$${` and `%%{` are a literal `${` and `%{`
      reader.pos += 3;
      continue;
    }
    if (char === '%' && text[reader.pos + 1] === '{') reader.fail('template directives (%{ if } / %{ for }) are not supported');
    if (char === '$' && text[reader.pos + 1] === '{') {
      if (literal !== '') parts.push(literal);
      literal = '';
      reader.pos += 2;
      reader.skip();
      if (reader.peek() === '~') reader.pos++;
      parts.push(parseExpression(reader));
      reader.skip();
      if (reader.peek() === '~') reader.pos++;
      reader.expect('}');
      continue;
    }
    literal += char;
    reader.pos++;
  }
  if (literal !== '' || parts.length === 0) parts.push(literal);
  return { type: 'template', parts, line };
}

function parseQuoted(reader: Reader): HclExpression {
  const line = reader.line();
  reader.pos++; // the opening quote
  const expression = parseTemplate(reader, true, reader.text.length, line);
  if (reader.peek() !== '"') reader.fail('a quoted string is not closed');
  reader.pos++;
  return expression;
}

function parseHeredoc(reader: Reader): HclExpression {
  const line = reader.line();
  const header = reader.match(/<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y);
  if (header === null) reader.fail('a heredoc needs a marker (<<EOF) and a new line');
  const [, indented, marker] = /<<(-?)([A-Za-z_][A-Za-z0-9_-]*)/.exec(header) as RegExpExecArray;
  const closing = new RegExp(`^[ \\t]*${marker}[ \\t]*\\r?$`, 'm');
  const rest = reader.text.slice(reader.pos);
  const found = closing.exec(rest);
  if (!found) reader.fail(`the heredoc ${marker} is not closed`);
  let content = rest.slice(0, found.index);
  if (indented === '-') {
    const lines = content.split('\n');
    const widths = lines.filter((l) => l.trim() !== '').map((l) => (/^[ \t]*/.exec(l) as RegExpExecArray)[0].length);
    const strip = Math.min(...widths, Infinity);
    content = lines.map((l) => l.slice(Number.isFinite(strip) ? strip : 0)).join('\n');
  }
  const inner = new Reader(content, line + 1);
  const expression = parseTemplate(inner, false, content.length, line);
  reader.pos += found.index + found[0].length;
  return expression;
}

function parseExpression(reader: Reader): HclExpression {
  reader.skip();
  const line = reader.line();
  const char = reader.peek();
  if (char === '"') return parseQuoted(reader);
  if (char === '<' && reader.text[reader.pos + 1] === '<') return parseHeredoc(reader);
  if (char === '[') {
    reader.pos++;
    const items: HclExpression[] = [];
    for (;;) {
      reader.skip();
      if (reader.peek() === ']') break;
      items.push(parseExpression(reader));
      reader.skip();
      if (reader.peek() === ',') reader.pos++;
      else if (reader.peek() !== ']') reader.fail(`expected "," or "]" in a list, found "${reader.peek()}"`);
    }
    reader.pos++;
    return { type: 'tuple', items, line };
  }
  if (char === '{') {
    reader.pos++;
    const entries: { key: string; value: HclExpression }[] = [];
    for (;;) {
      reader.skip();
      if (reader.peek() === '}') break;
      const keyExpression = reader.peek() === '"' ? parseQuoted(reader) : null;
      const key = keyExpression ? templateText(keyExpression, reader) : reader.match(IDENT);
      if (key === null) reader.fail(`expected an object key, found "${reader.peek()}"`);
      reader.skip();
      if (reader.peek() !== '=' && reader.peek() !== ':') reader.fail(`expected "=" after the key ${key}`);
      reader.pos++;
      entries.push({ key, value: parseExpression(reader) });
      reader.skip(true);
      if (reader.peek() === ',') reader.pos++;
    }
    reader.pos++;
    return { type: 'object', entries, line };
  }
  const number = reader.match(NUMBER);
  if (number !== null) return { type: 'literal', value: Number(number), line };
  const name = reader.match(IDENT);
  if (name === null) reader.fail(char === '' ? 'a value is missing at the end of the file' : `unexpected "${char}"`);
  if (name === 'true' || name === 'false') return { type: 'literal', value: name === 'true', line };
  if (name === 'null') return { type: 'literal', value: null, line };
  if (reader.peek() === '(') {
    reader.pos++;
    const args: HclExpression[] = [];
    for (;;) {
      reader.skip();
      if (reader.peek() === ')') break;
      args.push(parseExpression(reader));
      reader.skip();
      if (reader.peek() === ',') reader.pos++;
      else if (reader.peek() !== ')') reader.fail(`expected "," or ")" in the arguments of ${name}(), found "${reader.peek()}"`);
    }
    reader.pos++;
    return { type: 'call', name, args, line };
  }
  const start = reader.pos - name.length;
  while (reader.match(/\.[A-Za-z_*][A-Za-z0-9_-]*|\[[^\]\n]*\]/y) !== null);
  return { type: 'reference', text: reader.text.slice(start, reader.pos), line };
}

/** Parses a Terraform file; throws {@link HclSyntaxError} with the line on what it cannot read. */
export function parseHcl(text: string): HclBody {
  return parseBody(new Reader(text), null);
}
