/**
 * Fuzzing with hostile input (issue 13): generated texts an attacker or a broken pipeline could feed, through the
 * CLI's core (lintText, runCli with memory I/O) and the editor's import and validation path (restoreTaskDefinition,
 * parseJsonText, validateDocument). Every case must end without an exception, within a generous time limit, with
 * positions that exist in the text and messages that agree with them. Fixed seed: a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../cli/lint-text';
import { runCli } from '../cli/run-cli';
import { memoryIo } from '../cli/test-io';
import { restoreTaskDefinition } from '../core/import-export';
import { LineIndex, parseJsonText } from '../core/json-text';
import { validateDocument } from '../core/validate';

/**
 * Per case; linear code takes milliseconds on these sizes (the large sizes are covered one by one in
 * src/cli/hostile-input.test.ts), so the bound is loose enough for a loaded machine.
 */
const CASE_LIMIT_MS = 5000;

const size = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 200 }) },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 4_000 }) },
);

const scalar = fc.oneof(
  fc.constant('1'),
  fc.constant('"x"'),
  fc.constant('null'),
  fc.constant('true'),
  fc.constant('"${IMAGE}"'),
  fc.constant('"{{"'),
  fc.constant('-1e999'),
  fc.constant('"\\ud800"'),
  fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s)),
);

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'family', 'image', 'name', '');

/** A JSON-ish fragment: deep nesting, huge arrays, long strings, many keys, comments, broken bits. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  scalar,
  fc.tuple(fc.constantFrom('[', '{"a":', '{"__proto__":'), size).map(([open, n]) => {
    const close = open === '[' ? ']' : '}';
    return `${open.repeat(n)}1${close.repeat(n)}`;
  }),
  fc.tuple(fc.constantFrom('[', '{', '{"a":'), size).map(([open, n]) => open.repeat(n)),
  fc.tuple(size, scalar).map(([n, item]) => `[${Array.from({ length: n }, () => item).join(',')}]`),
  fc.tuple(size, fc.constantFrom('a', '{{', '${', '$$$', '<a', '\\"', '\\u0041', 'é', '\u2028')).map(([n, unit]) => `"${unit.repeat(n)}"`),
  fc
    .tuple(size, hostileKey)
    .map(([n, key]) => `{${Array.from({ length: n }, (_, i) => `"${key}${i % 3 === 0 ? '' : i}": ${i}`).join(',')}}`),
  fc
    .tuple(size, fc.constantFrom('// c\n', '/* c */', '#c\n', ',', ':', '"', '\\', '\r', '\r\n', '\u0000'))
    .map(([n, unit]) => unit.repeat(n)),
);

/** A document around fragments: a task definition with fragments in hostile places, or fragments alone. */
const document: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fragment, fragment, fragment)
    .map(
      ([a, b, c]) => `{"family": "f", "x": ${a}, "containerDefinitions": [{"name": "a", "image": ${b}, "memory": 512, "command": ${c}}]}`,
    ),
  fc.tuple(fragment, hostileKey).map(([a, key]) => `{"${key}": ${a}, "containerDefinitions": [{"${key}": ${a}}]}`),
  fc.tuple(fragment, fragment).map(([a, b]) => `${a}${b}`),
  fragment,
);

/** Odd line endings applied to the whole text. */
const lineEnding = fc.constantFrom('\n', '\r', '\r\n', '\n\r');
const withLineEndings = fc.tuple(document, lineEnding, fc.boolean()).map(([text, eol, pretty]) => {
  const spaced = pretty ? text.replace(/,/g, `,${eol}  `) : text;
  return spaced.replace(/\n/g, eol);
});

function timed<T>(fn: () => T): T {
  const start = performance.now();
  const result = fn();
  const elapsed = performance.now() - start;
  if (elapsed > CASE_LIMIT_MS) throw new Error(`took ${elapsed.toFixed(0)} ms (limit ${CASE_LIMIT_MS} ms)`);
  return result;
}

describe('hostile input fuzzing', () => {
  it('lints every generated text without throwing, with positions inside the text and messages that agree', () => {
    fc.assert(
      fc.property(withLineEndings, (text) => {
        const report = timed(() => lintText('fuzz.json', text));
        const lines = new LineIndex(text).lineOf(text.length);
        for (const problem of report.problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lines);
          expect(problem.column).toBeGreaterThanOrEqual(1);
          const said = /at line (\d+), column (\d+)/.exec(problem.message);
          if (said && problem.ruleId.startsWith('json-'))
            expect([Number(said[1]), Number(said[2])]).toEqual([problem.line, problem.column]);
        }
      }),
      { seed: 1313, numRuns: 1000 },
    );
  }, 600_000);

  it('runs the CLI on each text with exit 0, 1 or 2 and one valid JSON document on stdout', () => {
    fc.assert(
      fc.property(withLineEndings, (text) => {
        const io = memoryIo({ 'a.json': '{"family": "a", "containerDefinitions": []}', 'fuzz.json': text });
        const exit = timed(() => runCli(['lint', '--format', 'json', 'a.json', 'fuzz.json'], io));
        expect([0, 1, 2]).toContain(exit);
        const problems = JSON.parse(io.out.join('\n')) as { file: string }[];
        expect(problems.some((p) => p.file === 'a.json')).toBe(true);
      }),
      { seed: 1314, numRuns: 300 },
    );
  }, 600_000);

  it('imports, parses and validates every generated text in the editor path without throwing', () => {
    fc.assert(
      fc.property(withLineEndings, (text) => {
        timed(() => {
          const restored = restoreTaskDefinition(text);
          expect(typeof restored.ok).toBe('boolean');
          if (restored.ok) expect(Array.isArray(validateDocument(restored.doc))).toBe(true);
          const parsed = parseJsonText(text);
          if (parsed.value !== undefined) expect(Array.isArray(validateDocument(parsed.value))).toBe(true);
          else expect(parsed.errors.length).toBeGreaterThan(0);
        });
        // The prototype of plain objects is never touched by a "__proto__" key.
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: 1315, numRuns: 1000 },
    );
  }, 600_000);
});
