import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../core/field-specs/types';
import type { Issue } from '../../core/issues';
import { sectionSummary } from './section-state';

const secrets: FieldSpec = {
  key: 'secrets',
  kind: 'object-list',
  label: 'Secrets',
  help: '',
  docs: '',
  fields: [],
} as unknown as FieldSpec;
const user: FieldSpec = { key: 'user', kind: 'text', label: 'User', help: '', docs: '' } as FieldSpec;

describe('section summary', () => {
  it('counts the entries of a list, so three secrets read "3 set"', () => {
    const doc = {
      containerDefinitions: [
        {
          secrets: [
            { name: 'A', valueFrom: 'a' },
            { name: 'B', valueFrom: 'b' },
            { name: 'C', valueFrom: 'c' },
          ],
          user: '1000',
        },
      ],
    };
    expect(sectionSummary(doc, [], ['containerDefinitions', 0], [secrets]).set).toBe(3);
    expect(sectionSummary(doc, [], ['containerDefinitions', 0], [secrets, user]).set).toBe(4);
  });

  it('counts nothing for an empty list or a missing field', () => {
    expect(sectionSummary({ containerDefinitions: [{ secrets: [] }] }, [], ['containerDefinitions', 0], [secrets, user]).set).toBe(0);
  });

  it('counts the errors at or under its fields only: not warnings, not other fields or containers', () => {
    const issue = (severity: Issue['severity'], ...path: (string | number)[]): Issue => ({
      path,
      message: '',
      severity,
      ruleId: 'x',
      source: 'rule',
    });
    const issues = [
      issue('error', 'containerDefinitions', 0, 'secrets', 1, 'valueFrom'),
      issue('error', 'containerDefinitions', 0, 'secrets'),
      issue('warning', 'containerDefinitions', 0, 'secrets', 0, 'name'),
      issue('error', 'containerDefinitions', 0, 'user'),
      issue('error', 'containerDefinitions', 1, 'secrets', 0, 'name'),
      issue('error', 'containerDefinitions', '0', 'secrets'),
    ];
    expect(sectionSummary({}, issues, ['containerDefinitions', 0], [secrets]).errors).toBe(2);
    expect(sectionSummary({}, issues, ['containerDefinitions', 0], [secrets, user]).errors).toBe(3);
    expect(sectionSummary({}, issues, ['containerDefinitions', 1], [user]).errors).toBe(0);
  });
});
