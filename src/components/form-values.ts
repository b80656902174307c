import type { JsonValue } from '../core/issues';
import { joinShellWords, splitShellWords } from '../core/shell-words';

/**
 * How a control shows a JSON value and turns what the user typed back into JSON.
 * - `text`: a string; empty removes the key (or keeps `""` with `emptyAs: 'empty-string'`).
 * - `number`: an integer; what is not one is kept as typed (a string), so the problem shows at the field
 *   and nothing the user typed is lost.
 * - `shell`: a string array shown as one shell line (`command`, `entryPoint`).
 */
export type ValueKind = 'text' | 'number' | 'shell';

export function toInputText(value: JsonValue | undefined, kind: ValueKind): string {
  if (value === undefined || value === null) return '';
  if (kind === 'shell' && Array.isArray(value))
    return joinShellWords(value.map((word) => (typeof word === 'string' ? word : JSON.stringify(word))));
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function fromInputText(text: string, kind: ValueKind, emptyAs: 'remove' | 'empty-string' = 'remove'): JsonValue | undefined {
  if (kind === 'number') {
    const trimmed = text.trim();
    if (trimmed === '') return undefined;
    return /^-?\d+$/.test(trimmed) && Number.isSafeInteger(Number(trimmed)) ? Number(trimmed) : text;
  }
  if (kind === 'shell') return text.trim() === '' ? undefined : splitShellWords(text);
  if (text === '') return emptyAs === 'remove' ? undefined : '';
  return text;
}
