import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { JsonObject, JsonValue } from '../issues';
import type { Path } from '../paths';
import { READ_ONLY_TASK_FIELDS, restoreTaskDefinition, serializeForRegister, stripCommentsAndTrailingCommas } from './index';
import type { RestoreResult } from './types';

const corpusDir = new URL('../../../../shared/corpus/real/', import.meta.url);
const files = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((name) => name.endsWith('.json'))
      .sort()
  : [];

function read(name: string): string {
  return readFileSync(new URL(name, corpusDir), 'utf8');
}

/** Restores the file, going through the "remove comments" offer when the import asks for it, as the UI would. */
function restoreLikeTheUi(raw: string): { source: string; result: RestoreResult } {
  const first = restoreTaskDefinition(raw);
  if (first.ok || !first.canStripComments) return { source: raw, result: first };
  const source = stripCommentsAndTrailingCommas(raw);
  return { source, result: restoreTaskDefinition(source) };
}

/** Parses independently of the code under test: JSON.parse, else the yaml package; `undefined` if neither reads it. */
function parseIndependently(text: string): JsonValue | undefined {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body) as JsonValue;
  } catch {
    try {
      return parseYaml(body) as JsonValue;
    } catch {
      return undefined;
    }
  }
}

function keysInOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keysInOrder);
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([key, member]) => [key, keysInOrder(member)]);
  return null;
}

function comparePathsDescending(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(y) < String(x) ? -1 : 1;
  }
  return b.length - a.length;
}

function parentAndKey(root: JsonValue, path: Path): { parent: JsonValue | undefined; key: string | number } {
  let parent: JsonValue | undefined = root;
  for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, JsonValue> | undefined)?.[segment];
  return { parent, key: path.at(-1) as string | number };
}

function containsNull(value: JsonValue): boolean {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  return Object.values(value).some(containsNull);
}

if (files.length === 0) {
  it.skip('round-trips every file of ../shared/corpus/real (skipped: that folder is absent)', () => {});
} else {
  describe('round trip over the real corpus', () => {
    it.each(files)('%s imports and exports without losing or changing anything undeclared', (name) => {
      const { source, result } = restoreLikeTheUi(read(name));
      const input = parseIndependently(source);
      if (input === undefined) {
        expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/\S/) });
        return;
      }
      if (!result.ok) throw new Error(`${name} was rejected: ${result.message}`);

      // What the import may declare: unwrapping, wrapping, tags moved. Built from the input, not from the result.
      let expected: JsonObject;
      if (result.shape === 'describe-wrapped') {
        const wrapper = input as JsonObject;
        expected = { ...(wrapper.taskDefinition as JsonObject) };
        if ('tags' in wrapper) expected.tags = wrapper.tags as JsonValue;
      } else if (result.shape === 'container-array') {
        expected = { family: result.doc.family as string, containerDefinitions: input };
      } else if (result.shape === 'single-container') {
        expected = { family: result.doc.family as string, containerDefinitions: [input] };
      } else {
        expected = input as JsonObject;
      }

      // Every removal is a null or a top-level read-only field, and removing exactly those leaves no null and no read-only field.
      const removals = result.report.removed.filter((entry) => entry.reason !== 'wrapper');
      for (const entry of [...removals].sort((a, b) => comparePathsDescending(a.path, b.path))) {
        const { parent, key } = parentAndKey(expected, entry.path);
        const value = (parent as Record<string | number, JsonValue>)[key];
        if (entry.reason === 'null') expect(value, entry.path.join('.')).toBeNull();
        else expect(entry.path.length === 1 && READ_ONLY_TASK_FIELDS.includes(String(key)), entry.path.join('.')).toBe(true);
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as JsonObject)[key as string];
      }
      expect(containsNull(expected)).toBe(false);
      expect(READ_ONLY_TASK_FIELDS.filter((field) => field in expected)).toEqual([]);
      for (const entry of result.report.removed.filter((e) => e.reason === 'wrapper')) {
        expect(['taskDefinition', 'tags']).not.toContain(entry.sourcePath[0]);
      }

      const exported = serializeForRegister(result.doc);
      expect(exported).toBe(result.text);
      const reread = JSON.parse(exported) as JsonObject;
      expect(reread).toStrictEqual(expected);
      expect(keysInOrder(reread)).toEqual(keysInOrder(expected));
    });

    it('finds the quirks the corpus is known for', () => {
      const restored = (prefix: string) => {
        const name = files.find((file) => file.startsWith(prefix));
        const result = name === undefined ? undefined : restoreTaskDefinition(read(name));
        if (!result?.ok) throw new Error(`${prefix} missing or rejected`);
        return result;
      };
      expect(restored('004').shape).toBe('describe-wrapped');
      expect(restored('004').report.moved).toHaveLength(1);
      expect(restored('016').shape).toBe('describe-wrapped');
      expect(restored('005').shape).toBe('describe-output');
      expect(restored('047').shape).toBe('container-array');
      expect(restored('056').shape).toBe('container-array');
      expect(restored('033').report.notes.map((note) => note.kind)).toContain('crlf');
      expect(restored('015').report.notes.map((note) => note.kind)).toContain('tabs');
      expect(restored('053').report.duplicateKeys.map((entry) => entry.path)).toEqual([['containerDefinitions', 0, 'essential']]);
      expect(restored('031').report.numbersAsStrings.map((entry) => entry.path.join('.'))).toContain(
        'containerDefinitions.0.portMappings.0.containerPort',
      );
      expect(restored('036').report.removed.filter((entry) => entry.reason === 'null').length).toBeGreaterThan(20);
      expect(restored('001').report.placeholders.map((entry) => entry.value)).toContain('<IMAGE1_NAME>');
      expect(files.flatMap((file) => restoreTaskDefinition(read(file))).filter((r) => r.ok && r.report.unknownKeys.length > 0)).toEqual([]);
    });
  });
}
