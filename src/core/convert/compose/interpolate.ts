/**
 * Variable interpolation as the compose specification defines it: `$VAR`, `${VAR}`, `${VAR:-default}`,
 * `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}`, nested defaults, and `$$` for a
 * literal `$`. Nothing here reads the environment: the variables are what the caller passes (none in the app), so
 * a variable that is not set and has no default stays as a `${VAR}` placeholder, reported, for the user to fill in.
 */
import type { Reporter, SourcePath } from './reporter';
import { isObj, setOwn } from './reporter';

export type Variables = Readonly<Record<string, string | undefined>>;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** The index of the `}` closing the `${` that starts at `open`, counting nested `${…}`; -1 when none. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Interpolates one string; each unset variable or `:?` error is reported at `path`. */
export function interpolateString(text: string, vars: Variables, r: Reporter, path: SourcePath): string {
  if (!text.includes('$')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== '$') {
      out += char;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i++;
    } else if (next === '{') {
      const end = closingBrace(text, i);
      if (end < 0) {
        r.warn(path, `"${text}" has a "\${" without its "}"; kept as written.`);
        return out + text.slice(i);
      }
      out += expand(text.slice(i + 2, end), vars, r, path);
      i = end;
    } else {
      const name = NAME.exec(text.slice(i + 1))?.[0];
      if (!name) {
        out += '$';
        continue;
      }
      out += expand(name, vars, r, path);
      i += name.length;
    }
  }
  return out;
}

function expand(body: string, vars: Variables, r: Reporter, path: SourcePath): string {
  const name = NAME.exec(body)?.[0];
  if (!name) {
    r.warn(path, `"\${${body}}" is not a variable reference; kept as written.`);
    return `\${${body}}`;
  }
  const rest = body.slice(name.length);
  const value = vars[name];
  const set = value !== undefined;
  const nonEmpty = set && value !== '';
  const operator = /^(:?[-?+])/.exec(rest)?.[1];
  if (rest !== '' && !operator) {
    r.warn(path, `"\${${body}}" has an operator compose does not know; kept as written.`);
    return `\${${body}}`;
  }
  const argument = operator ? interpolateString(rest.slice(operator.length), vars, r, path) : '';
  switch (operator) {
    case ':-':
    case '-': {
      if (operator === ':-' ? nonEmpty : set) return value!;
      r.info(path, `Variable ${name} is not set; used its default "${argument}".`);
      return argument;
    }
    case ':+':
    case '+':
      return (operator === ':+' ? nonEmpty : set) ? argument : '';
    case ':?':
    case '?': {
      if (operator === ':?' ? nonEmpty : set) return value!;
      r.warn(
        path,
        `Variable ${name} is required (${argument || 'no message'}) and not set; kept as the placeholder \${${name}}: fill it in.`,
      );
      return `\${${name}}`;
    }
    default:
      if (set) return value;
      r.warn(path, `Variable ${name} is not set; kept as the placeholder \${${name}}: fill it in or replace it at deploy time.`);
      return `\${${name}}`;
  }
}

/** Interpolates every string value (not keys) under `value`, reporting each at its own path. */
export function interpolateValue(value: unknown, vars: Variables, r: Reporter, path: SourcePath = []): unknown {
  if (typeof value === 'string') return interpolateString(value, vars, r, path);
  if (Array.isArray(value)) return value.map((item, i) => interpolateValue(item, vars, r, [...path, i]));
  if (isObj(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) setOwn(out, key, interpolateValue(item, vars, r, [...path, key]));
    return out;
  }
  return value;
}
