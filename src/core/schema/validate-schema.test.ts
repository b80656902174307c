import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues';
import { completeTaskDefinition, largeTaskDefinition, minimalTaskDefinition } from './fixtures';
import { validateSchema } from './validate-schema';

function withContainer(patch: Record<string, unknown>): unknown {
  return { family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx', ...patch }] };
}

function only(issues: Issue[]): Issue {
  expect(issues).toHaveLength(1);
  return issues[0] as Issue;
}

describe('validateSchema', () => {
  it('returns no issues for a minimal valid document', () => {
    expect(validateSchema(minimalTaskDefinition)).toEqual([]);
  });

  it('returns no issues for a document using every field', () => {
    expect(validateSchema(completeTaskDefinition)).toEqual([]);
  });

  it('reports each unknown key as a warning whose path ends with the key', () => {
    const issues = validateSchema(withContainer({ foo: 1, bar: true }));
    expect(issues).toEqual([
      expect.objectContaining({
        path: ['containerDefinitions', 0, 'foo'],
        severity: 'warning',
        ruleId: 'schema-unknown-key',
        source: 'schema',
      }),
      expect.objectContaining({ path: ['containerDefinitions', 0, 'bar'], severity: 'warning', ruleId: 'schema-unknown-key' }),
    ]);
    expect(issues[0]?.message).toBe(
      'Unknown key "foo" in containerDefinitions[0]: register-task-definition rejects keys it does not know; remove it or check the spelling.',
    );
  });

  it('suggests the known key closest to a misspelt one', () => {
    const issue = only(validateSchema({ family: 'web', containerDefinitions: [{ name: 'app', imagee: 'nginx' }] }));
    expect(issue.message).toContain('did you mean "image"?');
  });

  it('explains read-only fields of describe-task-definition output', () => {
    const issue = only(validateSchema({ ...minimalTaskDefinition, taskDefinitionArn: 'arn:aws:ecs:…' }));
    expect(issue).toMatchObject({ path: ['taskDefinitionArn'], severity: 'warning', ruleId: 'schema-unknown-key' });
    expect(issue.message).toMatch(/read-only field of describe-task-definition output/);
  });

  it('reports a wrong type as an error that names the expected type', () => {
    const issue = only(validateSchema(withContainer({ portMappings: { containerPort: 80 } })));
    expect(issue).toMatchObject({ path: ['containerDefinitions', 0, 'portMappings'], severity: 'error', ruleId: 'schema-type' });
    expect(issue.message).toBe(
      '"portMappings" in containerDefinitions[0] must be a list in [ ], but it is an object: change it to the right type.',
    );
  });

  it('tells to drop the quotes when a number is written as a string', () => {
    const issue = only(validateSchema(withContainer({ memory: '512' })));
    expect(issue).toMatchObject({ path: ['containerDefinitions', 0, 'memory'], severity: 'error', ruleId: 'schema-type' });
    expect(issue.message).toBe('"memory" in containerDefinitions[0] must be a number without quotes: write 512, not "512".');
  });

  it('tells to drop the quotes when a boolean is written as a string', () => {
    const issue = only(validateSchema(withContainer({ essential: 'false' })));
    expect(issue.message).toContain('must be true or false without quotes');
  });

  it('tells to add quotes when the task cpu is a number', () => {
    const issue = only(validateSchema({ ...minimalTaskDefinition, cpu: 256 }));
    expect(issue).toMatchObject({ path: ['cpu'], ruleId: 'schema-type' });
    expect(issue.message).toBe('"cpu" at the top level must be a string in quotes: write "256", not 256.');
  });

  it('reports null as an error that says to remove the key', () => {
    const issue = only(validateSchema({ ...minimalTaskDefinition, ipcMode: null }));
    expect(issue).toMatchObject({ path: ['ipcMode'], severity: 'error', ruleId: 'schema-type' });
    expect(issue.message).toContain('is null');
    expect(issue.message).toContain('remove the key');
  });

  it('reports a value outside an enum with the allowed values and a case hint', () => {
    const issue = only(validateSchema({ ...minimalTaskDefinition, networkMode: 'AWSVPC' }));
    expect(issue).toMatchObject({ path: ['networkMode'], severity: 'error', ruleId: 'schema-enum' });
    expect(issue.message).toBe(
      '"networkMode" at the top level must be one of bridge, host, awsvpc, none; "AWSVPC" is not one of them. Did you mean "awsvpc"? Values are case-sensitive.',
    );
  });

  it('reports an unknown capability as an enum error on the list item', () => {
    const issue = only(validateSchema(withContainer({ linuxParameters: { capabilities: { add: ['CAP_NET_ADMIN'] } } })));
    expect(issue).toMatchObject({ path: ['containerDefinitions', 0, 'linuxParameters', 'capabilities', 'add', 0], ruleId: 'schema-enum' });
    expect(issue.message).toContain('Did you mean "NET_ADMIN"?');
  });

  it('reports a number out of range with both bounds', () => {
    const issue = only(validateSchema(withContainer({ healthCheck: { command: ['CMD', 'true'], interval: 2 } })));
    expect(issue).toMatchObject({
      path: ['containerDefinitions', 0, 'healthCheck', 'interval'],
      severity: 'error',
      ruleId: 'schema-range',
    });
    expect(issue.message).toBe(
      '"interval" in containerDefinitions[0].healthCheck must be between 5 and 300; 2 is out of range: change it.',
    );
  });

  it('reports too many list entries as a range error', () => {
    const containers = Array.from({ length: 11 }, (_, i) => ({ name: `c${i}`, image: 'nginx' }));
    const issue = only(validateSchema({ family: 'web', containerDefinitions: containers }));
    expect(issue).toMatchObject({ path: ['containerDefinitions'], ruleId: 'schema-range' });
    expect(issue.message).toBe('"containerDefinitions" at the top level has 11 entries; at most 10 are allowed: remove 1.');
  });

  it('reports a missing required field at its own path', () => {
    const issues = validateSchema({ containerDefinitions: [{ name: 'app', image: 'nginx', logConfiguration: {} }] });
    expect(issues).toEqual([
      expect.objectContaining({ path: ['family'], severity: 'error', ruleId: 'schema-required' }),
      expect.objectContaining({ path: ['containerDefinitions', 0, 'logConfiguration', 'logDriver'], ruleId: 'schema-required' }),
    ]);
    expect(issues[0]?.message).toBe(
      'Required field "family" is missing at the top level: add it (a string in quotes); register-task-definition rejects the document without it.',
    );
  });

  it('reports a pattern mismatch with the allowed format', () => {
    const issue = only(validateSchema({ ...minimalTaskDefinition, family: 'my app' }));
    expect(issue).toMatchObject({ path: ['family'], severity: 'error', ruleId: 'schema-format' });
    expect(issue.message).toContain('1 to 255 letters, digits, hyphens (-) or underscores (_)');
  });

  it('reports a health check command that lacks CMD on its first element', () => {
    const issue = only(validateSchema(withContainer({ healthCheck: { command: ['/bin/check'] } })));
    expect(issue).toMatchObject({ path: ['containerDefinitions', 0, 'healthCheck', 'command', 0], ruleId: 'schema-format' });
  });

  it.each([
    ['an enum', { networkMode: '${NETWORK_MODE}' }, ['networkMode']],
    ['a pattern', { family: 'app-{{ env }}' }, ['family']],
    ['a task size', { cpu: '<CPU>' }, ['cpu']],
  ])('gives info, not an error, for a placeholder where %s is expected', (_kind, patch, path) => {
    const issue = only(validateSchema({ ...minimalTaskDefinition, ...patch }));
    expect(issue).toMatchObject({ path, severity: 'info', ruleId: 'placeholder', source: 'schema' });
  });

  it('gives info for a placeholder where a number is expected', () => {
    const issue = only(validateSchema(withContainer({ memory: '${MEMORY}' })));
    expect(issue).toMatchObject({ path: ['containerDefinitions', 0, 'memory'], severity: 'info', ruleId: 'placeholder' });
    expect(issue.message).toContain('a number');
  });

  it('reports a document that is not an object at the root path', () => {
    const issue = only(validateSchema([{ name: 'app' }]));
    expect(issue).toMatchObject({ path: [], severity: 'error', ruleId: 'schema-type' });
  });

  it('validates a 10-container, 60 KiB document in well under 2 ms (median)', () => {
    const doc = JSON.parse(JSON.stringify(largeTaskDefinition())) as unknown;
    expect(JSON.stringify(doc).length).toBeGreaterThan(55_000);
    for (let i = 0; i < 50; i++) validateSchema(doc);
    const times: number[] = [];
    for (let i = 0; i < 201; i++) {
      const start = performance.now();
      validateSchema(doc);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    // Typically ~0.2 ms on the CI machine; the 2 ms budget leaves room for parallel test files.
    expect(times[100]).toBeLessThan(2);
  });
});
