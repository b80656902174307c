import { existsSync, readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixNumbersAsStrings, restoreTaskDefinition, serializeForRegister, stripCommentsAndTrailingCommas } from './index';
import type { RestoreResult } from './types';

const corpusDir = new URL('../../../../shared/corpus/real/', import.meta.url);
const corpusFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((name) => name.endsWith('.json')) : [];
const fallbackSeeds = ['{"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "cpu": "256"}]}'];
const seeds =
  corpusFiles.length > 0 ? corpusFiles.map((name) => readFileSync(new URL(name, corpusDir))) : fallbackSeeds.map((s) => Buffer.from(s));

/**
 * Runs the import as the UI would and checks the contract: no throw, a message when rejected, and no runaway time.
 * The bound is far above the real figures (`npm run bench`), so a loaded CI machine passes while a quadratic
 * regression (tens of seconds on these inputs) still fails.
 */
const RUNAWAY_MS = 8000;
function restoreChecked(text: string): RestoreResult {
  const started = performance.now();
  let result: RestoreResult | undefined;
  expect(() => {
    result = restoreTaskDefinition(text);
  }).not.toThrow();
  expect(performance.now() - started).toBeLessThan(RUNAWAY_MS);
  if (!result) throw new Error('no result');
  if (result.ok) {
    expect(Object.getPrototypeOf(result.doc)).toBe(Object.prototype);
    expect(() => serializeForRegister(result && result.ok ? result.doc : {})).not.toThrow();
  } else {
    expect(result.message).toMatch(/\S/);
  }
  return result;
}

const tokens = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ',',
  ':',
  '//',
  '/*',
  '*/',
  '\\',
  '\\u',
  '\n',
  '\r',
  '\t',
  '\uFEFF',
  '\u0000',
  '1e400',
  '-',
  'null',
  '__proto__',
  '#',
  '- ',
  '&a',
  '*a',
];
const insertion = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 6 }),
  fc.constantFrom(...tokens).map((token) => new Uint8Array(Buffer.from(token))),
);
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: insertion }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), bytes: insertion }),
);

interface Mutation {
  kind: 'delete' | 'insert' | 'replace';
  at: number;
  length?: number;
  bytes?: Uint8Array;
}

function mutate(seed: Uint8Array, mutations: Mutation[]): string {
  let bytes = Uint8Array.from(seed);
  for (const change of mutations) {
    const at = bytes.length === 0 ? 0 : change.at % bytes.length;
    const cut = change.kind === 'delete' ? (change.length ?? 1) : change.kind === 'replace' ? (change.bytes?.length ?? 0) : 0;
    const added = change.kind === 'delete' ? new Uint8Array() : (change.bytes ?? new Uint8Array());
    bytes = Uint8Array.from([...bytes.subarray(0, at), ...added, ...bytes.subarray(at + cut)]);
  }
  return new TextDecoder().decode(bytes);
}

describe('restoreTaskDefinition robustness', () => {
  it('never throws on mutated corpus files, answers within a second and explains every rejection', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, mutations) => {
        const text = mutate(seed, mutations);
        const result = restoreChecked(text);
        if (!result.ok && result.canStripComments) restoreChecked(stripCommentsAndTrailingCommas(text));
        if (result.ok) expect(() => fixNumbersAsStrings(result.doc)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  const deepYaml = `${'- '.repeat(10_000)}x`;
  const aliasBomb = [
    'a: &a [x, x, x, x, x, x, x, x, x]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  ].join('\n');
  it.each([
    ['a 5 MB string', `{"family": "${'x'.repeat(5_000_000)}"}`],
    ['5 MB of brackets', '['.repeat(5_000_000)],
    ['arrays nested 10,000 deep', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['objects nested 10,000 deep', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`],
    ['YAML nested 10,000 deep', deepYaml],
    ['YAML flow nesting 10,000 deep', `family: ${'['.repeat(10_000)}`],
    ['a YAML alias bomb', aliasBomb],
    ['several YAML documents', '---\nfamily: a\n---\nfamily: b\n'],
    ['YAML infinity', 'family: .inf\n'],
    ['a YAML 1.1 date', '%YAML 1.1\n---\nfamily: 2001-01-01\n'],
    ['a YAML complex key', '? [a, b]\n: c\n'],
    ['lone surrogates in escapes', '{"family": "\\ud800", "containerDefinitions": [{"name": "\\udc00x"}]}'],
    ['raw lone surrogates', '{"family": "\ud800"}'],
    ['1e400', '{"family": 1e400}'],
    ['-1e400 at the top', '-1e400'],
    ['an empty string', ''],
    ['only whitespace', ' \n\t\r\n '],
    ['only a byte-order mark', '\uFEFF'],
    ['a NUL byte', '\u0000'],
    ['a number', '42'],
    ['a string', '"family"'],
    ['an array of numbers', '[1, 2, 3]'],
    ['two documents in a row', '{"a": 1}{"b": 2}'],
    ['NaN', '{"family": NaN}'],
    ['an unclosed string', '{"family": "web'],
    ['an unclosed comment', '{"family": "web" /* '],
    ['single quotes', "{'family': 'web'}"],
    ['a no-break space', '{\u00a0"family": "web"}'],
    ['200,000 duplicate keys', `{${'"a": 1,'.repeat(200_000)}"a": 2}`],
    ['300,000 nulls', `{"family": "a", "x": [${'null,'.repeat(300_000)}null]}`],
    [
      '2 MB of environment',
      `{"family": "a", "containerDefinitions": [{"name": "x", "environment": [${'{"name": "K", "value": "${V}"},'.repeat(60_000)}{}]}]}`,
    ],
  ])('survives %s', (_name, text) => {
    restoreChecked(text);
  });

  it('keeps lone surrogates as they are', () => {
    const result = restoreChecked('{"family": "\\ud800", "containerDefinitions": []}');
    expect(result.ok && result.doc.family).toBe('\ud800');
  });
});

describe('prototype safety', () => {
  const hostile = '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}';
  const variants = [
    ['a task definition', hostile],
    ['a describe response', `{"taskDefinition": ${hostile}, "__proto__": {"polluted": 1}, "tags": [${hostile}]}`],
    ['a container array', `[${hostile}, {"name": "x", "__proto__": {"polluted": 1}}]`],
    ['a single container', '{"name": "x", "image": "y", "__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}'],
    ['YAML', '__proto__:\n  polluted: 1\nconstructor:\n  prototype:\n    polluted: 1\n'],
  ];

  it.each(variants)('importing %s leaves Object.prototype untouched', (_name, text) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = restoreChecked(text);
    if (!result.ok) throw new Error(result.message);
    fixNumbersAsStrings(result.doc);
    serializeForRegister(result.doc, { sortEnvironment: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.prototype.constructor).toBe(Object);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('keeps __proto__ and constructor as ordinary keys and reports them as unknown', () => {
    const result = restoreChecked(hostile);
    if (!result.ok) throw new Error(result.message);
    expect(Object.keys(result.doc)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(result.doc)).toBe(Object.prototype);
    expect(result.report.unknownKeys.map((entry) => entry.path)).toEqual([['__proto__'], ['constructor']]);
    expect(JSON.parse(serializeForRegister(result.doc))).toEqual(JSON.parse(hostile));
  });
});
