import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues';
import { countBySeverity, sortIssues, validateDocument } from '../validate';
import { at, container, ec2, fargate } from './cases/builders';

describe('validateDocument', () => {
  it('returns no issue for a clean document', () => {
    expect(validateDocument(fargate())).toEqual([]);
  });

  it('combines schema and rule issues', () => {
    const issues = validateDocument(fargate([container({ portMappings: [{ containerPort: 80, hostPort: 8080 }], interactive: 'yes' })]));
    expect(issues.map((i) => [i.source, i.ruleId, i.path])).toEqual([
      ['rule', 'host-port-equals-container-port', at(0, 'portMappings', 0, 'hostPort')],
      ['schema', 'schema-type', at(0, 'interactive')],
    ]);
  });

  it('reports a problem found by both the schema and a rule once, keeping the schema issue', () => {
    const issues = validateDocument(fargate(undefined, { family: 'my family' }));
    expect(issues.filter((i) => i.path.length === 1 && i.path[0] === 'family')).toEqual([
      expect.objectContaining({ source: 'schema', severity: 'error' }),
    ]);
  });

  it('drops a rule issue about a missing field that the schema reports as missing', () => {
    const issues = validateDocument({ ...fargate(), family: undefined });
    expect(issues.filter((i) => i.message.includes('family'))).toEqual([expect.objectContaining({ source: 'schema', path: ['family'] })]);
  });

  it('reports read-only fields of describe output as warnings, once each', () => {
    const issues = validateDocument(fargate(undefined, { revision: 4, taskDefinitionArn: 'arn', status: 'ACTIVE' }));
    expect(issues.map((i) => [i.path, i.severity])).toEqual([
      [['revision'], 'warning'],
      [['taskDefinitionArn'], 'warning'],
      [['status'], 'warning'],
    ]);
    expect(issues[0]?.message).toMatch(/read-only field/);
  });

  it('keeps issues about the same object when they are different problems', () => {
    const issues = validateDocument(ec2([container({ memory: undefined, unknownKey: 1 })]));
    expect(issues.map((i) => i.ruleId)).toEqual(['container-memory-required', 'schema-unknown-key']);
  });

  it('never reports a placeholder value as an error', () => {
    const doc = fargate(
      [container({ image: '${IMAGE}', cpu: '${CPU}', portMappings: [{ containerPort: '<PORT>', hostPort: '<PORT>' }] })],
      { networkMode: '{{mode}}', cpu: '${TASK_CPU}' },
    );
    expect(validateDocument(doc).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('does not throw on values that are not task definitions', () => {
    for (const value of [null, 42, 'x', [], [1, 2], { containerDefinitions: 'x' }]) expect(() => validateDocument(value)).not.toThrow();
  });
});

describe('sortIssues', () => {
  const issue = (path: Issue['path'], severity: Issue['severity'] = 'error'): Issue => ({
    path,
    severity,
    message: 'M.',
    ruleId: 'r',
    source: 'rule',
  });

  it('orders issues as their fields appear in the document, parents first, errors before warnings', () => {
    const doc = { family: 'a', containerDefinitions: [{ name: 'x', image: 'y' }, { name: 'z' }], cpu: '1' };
    const sorted = sortIssues(
      [
        issue(['cpu']),
        issue(at(1)),
        issue(at(0, 'image')),
        issue(at(0, 'name'), 'warning'),
        issue(at(0, 'name')),
        issue([]),
        issue(['family']),
        issue(['missing']),
      ],
      doc,
    );
    expect(sorted.map((i) => [i.path.join('.'), i.severity])).toEqual([
      ['', 'error'],
      ['family', 'error'],
      ['containerDefinitions.0.name', 'error'],
      ['containerDefinitions.0.name', 'warning'],
      ['containerDefinitions.0.image', 'error'],
      ['containerDefinitions.1', 'error'],
      ['cpu', 'error'],
      ['missing', 'error'],
    ]);
  });
});

describe('countBySeverity', () => {
  it('counts errors, warnings and infos', () => {
    expect(countBySeverity([{ severity: 'error' }, { severity: 'info' }, { severity: 'error' }])).toEqual({
      error: 2,
      warning: 0,
      info: 1,
    });
  });
});
