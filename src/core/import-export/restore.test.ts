import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../issues';
import { fixNumbersAsStrings, isDescribeOutput, restoreTaskDefinition, stripCommentsAndTrailingCommas } from './index';
import type { RestoreResult, RestoreSuccess } from './types';

const registerInput = {
  family: 'web',
  networkMode: 'awsvpc',
  containerDefinitions: [{ name: 'app', image: 'nginx:1.27', essential: true, portMappings: [{ containerPort: 80 }] }],
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
};

const readOnly = {
  taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3',
  revision: 3,
  status: 'ACTIVE',
  requiresAttributes: [{ name: 'ecs.capability.task-eni' }],
  compatibilities: ['EC2', 'FARGATE'],
  registeredAt: '2024-01-01T00:00:00.000Z',
  registeredBy: 'arn:aws:iam::123456789012:root',
};

function ok(result: RestoreResult): RestoreSuccess {
  if (!result.ok) throw new Error(`expected success, got: ${result.message}`);
  return result;
}

/** The key structure of a value, keys in order, without the values. */
function keysInOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keysInOrder);
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([key, member]) => [key, keysInOrder(member)]);
  return null;
}

describe('restoreTaskDefinition: shapes', () => {
  it('accepts register input unchanged and reports nothing', () => {
    const result = ok(restoreTaskDefinition(JSON.stringify(registerInput)));
    expect(result.shape).toBe('register-input');
    expect(result.doc).toEqual(registerInput);
    expect(result.text).toBe(`${JSON.stringify(registerInput, null, 2)}\n`);
    expect(Object.values(result.report).every((list) => list.length === 0)).toBe(true);
  });

  it('strips the read-only fields of bare describe output and lists each one', () => {
    const result = ok(restoreTaskDefinition(JSON.stringify({ ...readOnly, ...registerInput })));
    expect(result.shape).toBe('describe-output');
    expect(result.doc).toEqual(registerInput);
    expect(result.report.removed.map((entry) => entry.path)).toEqual(Object.keys(readOnly).map((key) => [key]));
    expect(result.report.removed.every((entry) => entry.reason === 'read-only')).toBe(true);
    expect(isDescribeOutput(JSON.parse(JSON.stringify({ ...readOnly, ...registerInput })))).toBe(true);
  });

  it('unwraps a describe response and moves its tags into the task definition', () => {
    const tags = [{ key: 'team', value: 'web' }];
    const result = ok(restoreTaskDefinition(JSON.stringify({ taskDefinition: { ...registerInput, ...readOnly }, tags })));
    expect(result.shape).toBe('describe-wrapped');
    expect(result.doc).toEqual({ ...registerInput, tags });
    expect(Object.keys(result.doc).at(-1)).toBe('tags');
    expect(result.report.moved).toEqual([expect.objectContaining({ path: ['tags'], from: ['tags'] })]);
    expect(result.report.removed.map((entry) => entry.sourcePath[0])).toEqual(Array(7).fill('taskDefinition'));
  });

  it('appends the describe response tags to tags already in the task definition, and maps paths into them', () => {
    const text = '{"taskDefinition": {"family": "a", "tags": [{"key": "x"}]}, "tags": [{"key": "y", "key": "z"}]}';
    const result = ok(restoreTaskDefinition(text));
    expect(result.doc).toEqual({ family: 'a', tags: [{ key: 'x' }, { key: 'z' }] });
    expect(result.report.duplicateKeys.map((entry) => [entry.path, entry.sourcePath])).toEqual([
      [
        ['tags', 1, 'key'],
        ['tags', 0, 'key'],
      ],
    ]);
  });

  it('removes other keys of the describe response and says so', () => {
    const result = ok(restoreTaskDefinition(JSON.stringify({ taskDefinition: registerInput, ResponseMetadata: { RequestId: 'x' } })));
    expect(result.doc).toEqual(registerInput);
    expect(result.report.removed).toEqual([expect.objectContaining({ reason: 'wrapper', sourcePath: ['ResponseMetadata'] })]);
  });

  it('wraps a bare containerDefinitions array in a task named after its first container', () => {
    const containers = [
      { name: 'api', image: 'api:1' },
      { name: 'worker', image: 'worker:1' },
    ];
    const result = ok(restoreTaskDefinition(JSON.stringify(containers)));
    expect(result.shape).toBe('container-array');
    expect(result.doc).toEqual({ family: 'api', containerDefinitions: containers });
    expect(result.report.wrapped[0]?.message).toContain('family "api"');
  });

  it('names the wrapping task my-task when the first container name cannot be a family', () => {
    const result = ok(restoreTaskDefinition('[{"name": "my app", "image": "a:1"}]'));
    expect(result.doc.family).toBe('my-task');
  });

  it('wraps a single container definition in a new task', () => {
    const container = { name: 'app', image: 'nginx:1.27', memory: 256 };
    const result = ok(restoreTaskDefinition(JSON.stringify(container)));
    expect(result.shape).toBe('single-container');
    expect(result.doc).toEqual({ family: 'app', containerDefinitions: [container] });
    expect(result.report.wrapped).toHaveLength(1);
  });

  it('reads YAML that maps to a task definition', () => {
    const yaml = 'family: web\ncontainerDefinitions:\n  - name: app\n    image: nginx:1.27\n    memory: 512\n';
    const result = ok(restoreTaskDefinition(yaml));
    expect(result.shape).toBe('yaml');
    expect(result.doc).toEqual({ family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 512 }] });
    expect(result.report.notes.map((note) => note.kind)).toContain('yaml');
  });

  it('reads a YAML describe response and reports the duplicate keys in it', () => {
    const yaml =
      'taskDefinition:\n  family: web\n  revision: 2\n  family: api\n  containerDefinitions: []\ntags:\n  - key: a\n    value: b\n';
    const result = ok(restoreTaskDefinition(yaml));
    expect(result.doc).toEqual({ family: 'api', containerDefinitions: [], tags: [{ key: 'a', value: 'b' }] });
    expect(result.report.duplicateKeys).toEqual([expect.objectContaining({ key: 'family', path: ['family'], line: 4 })]);
    expect(result.report.notes.find((note) => note.kind === 'yaml')?.message).toContain('describe-task-definition response');
  });
});

describe('restoreTaskDefinition: text quirks', () => {
  it('drops a byte-order mark and notes it', () => {
    const result = ok(restoreTaskDefinition(`\uFEFF${JSON.stringify(registerInput)}`));
    expect(result.doc).toEqual(registerInput);
    expect(result.report.notes.map((note) => note.kind)).toEqual(['bom']);
  });

  it('accepts CRLF line ends and tab indentation and notes both', () => {
    const text = JSON.stringify(registerInput, null, '\t').replace(/\n/g, '\r\n');
    const result = ok(restoreTaskDefinition(text));
    expect(result.doc).toEqual(registerInput);
    expect(result.text).not.toContain('\r');
    expect(result.report.notes.map((note) => note.kind)).toEqual(['crlf', 'tabs']);
  });

  it('rejects comments with their position and offers to strip them', () => {
    const text = '{\n  "family": "web", // the family\n  "containerDefinitions": []\n}';
    const result = restoreTaskDefinition(text);
    expect(result).toMatchObject({ ok: false, canStripComments: true, line: 2, column: 20, offset: text.indexOf('//') });
    expect(result.ok ? '' : result.message).toMatch(/comments or trailing commas.*line 2, column 20/);
    const stripped = stripCommentsAndTrailingCommas(text);
    expect(ok(restoreTaskDefinition(stripped)).doc).toEqual({ family: 'web', containerDefinitions: [] });
  });

  it('rejects trailing commas with their position and offers to strip them', () => {
    const text = '{\n  "family": "web",\n  "containerDefinitions": [],\n}';
    const result = restoreTaskDefinition(text);
    expect(result).toMatchObject({ ok: false, canStripComments: true, line: 3, column: 29 });
    expect(ok(restoreTaskDefinition(stripCommentsAndTrailingCommas(text))).doc).toEqual({ family: 'web', containerDefinitions: [] });
  });

  it('points at the earliest problem when a trailing comma comes before a comment', () => {
    expect(restoreTaskDefinition('{"family": "a",\n// later\n}')).toMatchObject({ ok: false, line: 1, column: 15, canStripComments: true });
  });

  it('leaves comment-like text and commas inside strings alone when stripping', () => {
    const text = '{\n  // note\n  "command": ["echo // not a comment, ]", "/* nor this */",],\n  /* block */ "a": 1,\n}\n';
    expect(stripCommentsAndTrailingCommas(text)).toBe('{\n  "command": ["echo // not a comment, ]", "/* nor this */"],\n   "a": 1\n}\n');
  });

  it('reports a JSON syntax error with its position and does not offer stripping', () => {
    const result = restoreTaskDefinition('{\n  "family": "web"\n  "cpu": "256"\n}');
    expect(result).toMatchObject({ ok: false, line: 3, column: 3 });
    expect(result.ok ? '' : result.message).toContain("Expected ',' or '}'");
    expect(result.ok ? true : result.canStripComments).toBeUndefined();
  });

  it('keeps the last of duplicate keys, as JSON.parse does, and says where', () => {
    const text =
      '{\n  "family": "a",\n  "containerDefinitions": [{"name": "x", "essential": false, "essential": true}],\n  "family": "b"\n}';
    const result = ok(restoreTaskDefinition(text));
    expect(result.doc).toEqual(JSON.parse(text));
    expect(keysInOrder(result.doc)).toEqual(keysInOrder(JSON.parse(text)));
    expect(result.report.duplicateKeys.map((entry) => [entry.path, entry.line])).toEqual([
      [['containerDefinitions', 0, 'essential'], 3],
      [['family'], 4],
    ]);
  });

  it('moves duplicate-key paths past nulls removed from the same array', () => {
    const result = ok(restoreTaskDefinition('{"family": "a", "containerDefinitions": [null, {"name": "x", "name": "y"}]}'));
    expect(result.report.duplicateKeys[0]?.path).toEqual(['containerDefinitions', 0, 'name']);
    expect(result.report.duplicateKeys[0]?.sourcePath).toEqual(['containerDefinitions', 1, 'name']);
  });
});

describe('restoreTaskDefinition: report', () => {
  it('removes every null and says where it was', () => {
    const text = '{"family": "a", "ipcMode": null, "containerDefinitions": [{"name": "x", "user": null, "links": [null, "b"]}]}';
    const result = ok(restoreTaskDefinition(text));
    expect(result.doc).toEqual({ family: 'a', containerDefinitions: [{ name: 'x', links: ['b'] }] });
    expect(result.report.removed.map((entry) => [entry.reason, entry.path])).toEqual([
      ['null', ['ipcMode']],
      ['null', ['containerDefinitions', 0, 'user']],
      ['null', ['containerDefinitions', 0, 'links', 0]],
    ]);
  });

  it('keeps unknown keys and reports each, with a hint for a wrong case', () => {
    const text = JSON.stringify({
      family: 'a',
      Family2: 1,
      containerDefinitions: [{ name: 'x', Image: 'y', dockerLabels: { anything: 'ok' } }],
    });
    const result = ok(restoreTaskDefinition(text));
    expect(result.doc).toEqual(JSON.parse(text));
    expect(result.report.unknownKeys.map((entry) => entry.path)).toEqual([['Family2'], ['containerDefinitions', 0, 'Image']]);
    expect(result.report.unknownKeys[1]?.message).toContain('Did you mean "image"?');
  });

  it('reports strings where the API wants integers or booleans, but not task-level cpu and memory', () => {
    const text = JSON.stringify({
      family: 'a',
      cpu: '256',
      memory: '512',
      containerDefinitions: [{ name: 'x', cpu: '256', essential: 'true', portMappings: [{ containerPort: '80', hostPort: 80 }] }],
    });
    const result = ok(restoreTaskDefinition(text));
    expect(result.doc).toEqual(JSON.parse(text));
    expect(result.report.numbersAsStrings.map((entry) => [entry.path.join('.'), entry.fixed])).toEqual([
      ['containerDefinitions.0.cpu', 256],
      ['containerDefinitions.0.essential', true],
      ['containerDefinitions.0.portMappings.0.containerPort', 80],
    ]);
    const fixed = fixNumbersAsStrings(result.doc);
    expect(fixed).toEqual({
      family: 'a',
      cpu: '256',
      memory: '512',
      containerDefinitions: [{ name: 'x', cpu: 256, essential: true, portMappings: [{ containerPort: 80, hostPort: 80 }] }],
    });
    expect(keysInOrder(fixed)).toEqual(keysInOrder(result.doc));
    expect((result.doc.containerDefinitions as JsonObject[])[0]?.cpu).toBe('256');
  });

  it('reports every kind of template placeholder', () => {
    const values = ['${IMAGE}', '<IMAGE1_NAME>', '{{ .Image }}', '$$$TAG$$$'];
    const text = JSON.stringify({ family: 'a', containerDefinitions: values.map((image, i) => ({ name: `c${i}`, image })) });
    const result = ok(restoreTaskDefinition(text));
    expect(result.report.placeholders.map((entry) => entry.value)).toEqual(values);
    expect(result.report.placeholders[0]?.path).toEqual(['containerDefinitions', 0, 'image']);
  });
});

describe('restoreTaskDefinition: rejections', () => {
  it.each([
    ['', 'The file is empty.'],
    ['  \n\t ', 'The file is empty: it contains only whitespace.'],
    ['// nothing here\n', 'The file contains only comments, no task definition.'],
    ['42', 'Expected a task definition object, got a number.'],
    ['"text"', 'Expected a task definition object, got a string.'],
    ['true', 'Expected a task definition object, got a boolean.'],
    ['null', 'Expected a task definition object, got null.'],
    ['[]', 'Got an empty array; expected a task definition object or an array of container definitions.'],
    ['[1, 2]', 'Expected a task definition object or an array of container definitions, but item 0 of the array is a number.'],
    ['hello world', 'The text is not JSON, and read as YAML it is a string, not a task definition object.'],
  ])('rejects %j with a clear message', (text, message) => {
    expect(restoreTaskDefinition(text)).toMatchObject({ ok: false, message });
  });

  it('rejects a number too large for a double with its position', () => {
    expect(restoreTaskDefinition('{"family": "a", "x": 1e400}')).toMatchObject({ ok: false, line: 1, column: 22 });
  });

  it('rejects nesting deeper than 1,000 levels with the line', () => {
    const result = restoreTaskDefinition(`{"a":\n${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    expect(result).toMatchObject({ ok: false, line: 2 });
    expect(result.ok ? '' : result.message).toMatch(/^The JSON is not valid\. Nesting is deeper than 1,000 levels at line 2/);
  });

  it('rejects a document larger than 2 MB without parsing it', () => {
    const result = restoreTaskDefinition(`{"family": "${'x'.repeat(5_200_000)}"}`);
    expect(result).toMatchObject({
      ok: false,
      message: 'The document is 5.2 MB; a task definition can be at most 64 KiB, so this is probably not one.',
    });
  });

  it('says when text is neither JSON nor YAML', () => {
    const result = restoreTaskDefinition('family: a\n  - b: [\n');
    expect(result.ok ? '' : result.message).toMatch(/^The text is neither JSON nor YAML\. Read as YAML: .* at line \d+, column \d+\.$/);
  });
});
