/** HCL literals for Terraform: strings with HCL's escapes (`$${` and `%%{` keep a literal `${` / `%{`), objects, tuples. */
import type { JsonValue } from '../../issues';

/** Placeholders `${NAME}` become `${var.NAME}` when `variables` is given; every other `${` and `%{` is escaped. */
export interface StringStyle {
  variables?: Map<string, string>;
}

const PLACEHOLDER = /\$\{([^}\s]+)\}/g;

/** A Terraform variable name for a placeholder name (letters, digits, `_`, `-`; not starting with a digit). */
export function variableName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

function escapeText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (char === '\\') out += '\\\\';
    else if (char === '"') out += '\\"';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  // HCL's own escapes for a literal `${` and `%{` (a function replacer: `$$` means `$` in a replacement string).
  return out.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

/** A quoted HCL string (or `var.X` when the whole value is one placeholder made a variable). */
export function hclString(value: string, style: StringStyle = {}): string {
  const variables = style.variables;
  if (!variables) return `"${escapeText(value)}"`;
  const whole = /^\$\{([^}\s]+)\}$/.exec(value);
  if (whole) {
    const name = variableName(whole[1] as string);
    variables.set(name, whole[1] as string);
    return `var.${name}`;
  }
  let out = '';
  let last = 0;
  for (const match of value.matchAll(PLACEHOLDER)) {
    const name = variableName(match[1] as string);
    variables.set(name, match[1] as string);
    out += `${escapeText(value.slice(last, match.index))}\${var.${name}}`;
    last = (match.index as number) + match[0].length;
  }
  return `"${out}${escapeText(value.slice(last))}"`;
}

const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'endif', 'endfor']);

/** An object key: bare when it is a plain identifier, quoted otherwise (`"com.example/label"`). */
export function hclKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) && !KEYWORDS.has(key) ? key : hclString(key);
}

/** A value as an HCL expression, indented under `indent`. */
export function hclValue(value: JsonValue, indent: string, style: StringStyle = {}): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return hclString(value, style);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const scalar = value.every((item) => item === null || typeof item !== 'object');
    if (scalar && value.length <= 8) return `[${value.map((item) => hclValue(item, inner, style)).join(', ')}]`;
    return `[\n${value.map((item) => `${inner}${hclValue(item, inner, style)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const keys = entries.map(([key]) => hclKey(key));
  const width = Math.max(...keys.map((key) => key.length));
  const lines = entries.map(([, member], i) => `${inner}${(keys[i] as string).padEnd(width)} = ${hclValue(member, inner, style)}`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}
