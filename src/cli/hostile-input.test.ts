/**
 * One test per failure of issue 13 (hostile input): each input used to crash the linter, lose the other files'
 * results, take seconds, or give a wrong position. The time bounds are generous (far above the linear times, far
 * below the quadratic ones on these sizes) so a loaded machine does not fail them but a return of the quadratic
 * code does.
 */
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH } from '../core/json-text';
import { validateDocument } from '../core/validate';
import { MAX_CHECKED_ITEMS } from '../core/validation-bounds';
import { lintText } from './lint-text';
import { runCli } from './run-cli';
import { memoryIo } from './test-io';

interface JsonProblem {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: string;
  message: string;
}

function lint(files: Record<string, string>, format: 'json' | 'sarif' | 'text' = 'json') {
  const io = memoryIo(files);
  const exit = runCli(['lint', '--format', format, ...Object.keys(files)], io);
  return { exit, out: io.out.join('\n'), err: io.err.join('\n') };
}

/** Runs `fn` and fails when it took longer than `ms` (a sync call cannot be interrupted, so it is measured). */
function within<T>(ms: number, fn: () => T): T {
  const start = performance.now();
  const result = fn();
  expect(performance.now() - start).toBeLessThan(ms);
  return result;
}

const GOOD = '{\n  "family": "a",\n  "containerDefinitions": [{"name": "web", "image": "nginx", "memory": 512}]\n}\n';
const OTHER = '{\n  "family": "b",\n  "containerDefinitions": [{"name": "api", "image": "httpd", "memory": 256}]\n}\n';

describe('deep nesting', () => {
  it('refuses arrays nested 1,800 deep with exit 2 and the place where the nesting limit was passed', () => {
    const text = `{"family": "f", "tags": ${'['.repeat(1800)}${']'.repeat(1800)}}`;
    const { exit, err } = lint({ 'deep.json': text });
    expect(exit).toBe(2);
    const column = text.indexOf('[') + MAX_NESTING_DEPTH; // the top-level object is level 1
    expect(err).toContain(`deep.json:1:${column}: cannot be checked: JSON nested too deeply at line 1, column ${column}`);
    expect(err).toContain(`more than ${MAX_NESTING_DEPTH} levels`);
  });

  it('refuses objects nested 3,400 deep without a stack overflow', () => {
    const text = `{"family": "f", "x": ${'{"a": '.repeat(3400)}1${'}'.repeat(3400)}}`;
    const report = lintText('deep.json', text);
    expect(report.unparsable).toBe(true);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ ruleId: 'json-too-deep', line: 1 });
  });

  it('reports 4,400 unclosed brackets as not JSON (exit 2) with a message', () => {
    const { exit, err } = lint({ 'open.json': '['.repeat(4400) });
    expect(exit).toBe(2);
    expect(err).toMatch(/^open\.json:1:\d+: cannot be checked: JSON nested too deeply/);
  });

  it('still checks a document nested right up to the limit', () => {
    const depth = MAX_NESTING_DEPTH - 1; // plus the top-level object
    const text = `{"family": "f", "containerDefinitions": [], "x": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const report = lintText('ok.json', text);
    expect(report.unparsable).toBe(false);
    expect(report.problems.map((p) => p.ruleId)).toContain('schema-unknown-key');
  });
});

describe('huge arrays and many problems', () => {
  const command = `{"family": "f", "containerDefinitions": [{"name": "a", "image": "nginx:1", "memory": 512, "command": [${Array.from(
    { length: 125_000 },
    (_, i) => i % 10,
  ).join(',')}]}]}`;

  it('validates a command of 125,000 numbers without throwing, checking the first entries and saying so', () => {
    const issues = within(10_000, () => validateDocument(JSON.parse(command)));
    const cut = issues.find((found) => found.ruleId === 'too-many-entries');
    expect(cut?.path).toEqual(['containerDefinitions', 0, 'command']);
    expect(cut?.message).toContain(`has 125000 entries; only the first ${MAX_CHECKED_ITEMS} were checked`);
    const typeErrors = issues.filter((found) => found.ruleId === 'schema-type');
    expect(typeErrors).toHaveLength(MAX_CHECKED_ITEMS);
    expect(typeErrors[0]?.path).toEqual(['containerDefinitions', 0, 'command', 0]);
  });

  it('lints the same file with exit 1 and places the first error on its item', () => {
    const { exit, out } = lint({ 'cmd.json': command });
    expect(exit).toBe(1);
    const problems = JSON.parse(out) as JsonProblem[];
    const first = problems.find((p) => p.ruleId === 'schema-type');
    expect(first).toMatchObject({ line: 1, column: command.indexOf('[0,') + 2 });
  });

  it('prints all of 250,000 problems of one file (no stack overflow when collecting them)', () => {
    const text = `{"family": "f", "containerDefinitions": [], ${'"a": 1, '.repeat(250_000)}"a": 2}`;
    const { exit, out } = within(30_000, () => lint({ 'many.json': text }, 'text'));
    expect(exit).toBe(1);
    expect(out.split('\n').filter((line) => line.endsWith(' duplicate-key'))).toHaveLength(250_000);
  });
});

describe('one bad file among good ones', () => {
  const bad = `{"family": "x", "tags": ${'['.repeat(100_000)}`;

  it('still prints the problems of the files before and after it, and exits 2', () => {
    const { exit, out } = lint({ 'a.json': GOOD, 'bad.json': bad, 'b.json': OTHER });
    expect(exit).toBe(2);
    const files = new Set((JSON.parse(out) as JsonProblem[]).map((p) => p.file));
    expect(files).toEqual(new Set(['a.json', 'bad.json', 'b.json']));
  });

  it('keeps SARIF output one valid document with results for every file', () => {
    const { out } = lint({ 'a.json': GOOD, 'bad.json': bad, 'b.json': OTHER }, 'sarif');
    const log = JSON.parse(out) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = new Set(log.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri));
    expect(uris).toEqual(new Set(['a.json', 'bad.json', 'b.json']));
  });
});

describe('inputs that used to take quadratic time', () => {
  it('lints an image of 60,000 "{{" and "${" quickly, with the image checked', () => {
    const image = '{{${'.repeat(30_000);
    const text = `{"family": "f", "containerDefinitions": [{"name": "a", "memory": 512, "image": "${image}"}]}`;
    const { exit } = within(5_000, () => lint({ 'braces.json': text }));
    expect(exit).toBe(1); // the image is too long and not a valid reference
  });

  it('reports each of 16,000 unknown top-level keys once', () => {
    const keys = Array.from({ length: 16_000 }, (_, i) => `"key${i}": 0`).join(', ');
    const text = `{"family": "f", "containerDefinitions": [], ${keys}}`;
    const { out } = within(10_000, () => lint({ 'keys.json': text }));
    const unknown = (JSON.parse(out) as JsonProblem[]).filter((p) => p.ruleId === 'schema-unknown-key');
    expect(unknown).toHaveLength(16_000);
    expect(unknown[15_999]?.message).toContain('"key15999"');
  });

  it('reports 40,000 comment lines as not JSON, the first at line 2', () => {
    const text = `{\n${'// comment\n'.repeat(40_000)}"family": "f"}`;
    const { exit, err } = within(10_000, () => lint({ 'comments.json': text }));
    expect(exit).toBe(2);
    expect(err).toContain('comments.json:2:1: not valid JSON: JSON syntax error at line 2, column 1: comments are not allowed');
  });

  it('lists the first 100 of 40,000 syntax errors one by one, then the last with the count', () => {
    const text = `{\n${'// comment\n'.repeat(40_000)}"family": "f"}`;
    const report = lintText('comments.json', text);
    expect(report.problems).toHaveLength(101);
    expect(report.problems[100]?.message).toMatch(/the last of 40000 syntax errors; the 39899 between are not listed/);
  });

  it('checks 40,000 containerPortRange entries up to the limit and reports the excess', () => {
    const mappings = Array.from({ length: 40_000 }, (_, i) => `{"containerPortRange": "${1000 + (i % 60_000)}-${1001 + (i % 60_000)}"}`);
    const text = `{"family": "f", "networkMode": "awsvpc", "containerDefinitions": [{"name": "a", "image": "nginx:1", "memory": 512, "portMappings": [${mappings.join(',')}]}]}`;
    const { exit, out } = within(10_000, () => lint({ 'ports.json': text }));
    expect(exit).toBe(1);
    const problems = JSON.parse(out) as JsonProblem[];
    expect(problems.some((p) => p.ruleId === 'too-many-entries')).toBe(true);
    expect(problems.filter((p) => p.message.startsWith(`Container has ${MAX_CHECKED_ITEMS} port ranges`))).toHaveLength(1);
    expect(problems.filter((p) => p.message.includes('overlaps port mapping #1 '))).toHaveLength(1); // "1001-1002" vs "1000-1001"
  });
});

describe('line endings', () => {
  it('gives the same line and column in the message and in the problem with lone CR line ends', () => {
    const text = '{\r  "family": "f",\r  "x": }';
    const report = lintText('cr.json', text);
    const first = report.problems[0];
    expect(first).toMatchObject({ line: 3, column: 8 });
    expect(first?.message).toContain('at line 3, column 8');
  });

  it('counts CRLF as one line break, like LF', () => {
    const report = lintText('crlf.json', '{\r\n  "family": "f",\r\n  "x": }');
    expect(report.problems[0]).toMatchObject({ line: 3, column: 8 });
    expect(report.problems[0]?.message).toContain('at line 3, column 8');
  });
});
