import { describe, expect, it } from 'vitest';
import { fieldApplicability } from './applicability';
import type { JsonObject } from './issues';
import type { Path } from './paths';
import { RESTRICTIONS as EXTERNAL } from './rules/external-unsupported-fields';
import { RESTRICTIONS as FARGATE } from './rules/fargate-unsupported-fields';
import { RESTRICTIONS as MANAGED } from './rules/managed-instances-unsupported-fields';
import type { Restriction } from './rules/restrictions';
import { RESTRICTIONS as WINDOWS } from './rules/windows-unsupported-fields';

// The rules (core/rules) report a field the launch type or OS rejects once it is set; the forms
// (core/applicability) say so before it is. The two tables are kept apart on purpose (the forms also
// know "ignored" and per-value restrictions), so this checks that they agree on every rejected field.
const TARGETS: { name: string; doc: JsonObject; list: readonly Restriction[] }[] = [
  { name: 'Fargate', doc: { requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc' }, list: FARGATE },
  { name: 'Windows', doc: { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } }, list: WINDOWS },
  { name: 'Managed Instances', doc: { requiresCompatibilities: ['MANAGED_INSTANCES'], networkMode: 'host' }, list: MANAGED },
  { name: 'EXTERNAL', doc: { requiresCompatibilities: ['EXTERNAL'], networkMode: 'bridge' }, list: EXTERNAL },
];

const pathOf = (r: Restriction): Path =>
  r.scope === 'task' ? r.field : r.scope === 'container' ? ['containerDefinitions', 0, ...r.field] : ['volumes', 0, ...r.field];

describe('forms and rules agree on the fields a launch type or OS rejects', () => {
  for (const { name, doc, list } of TARGETS) {
    it(`marks every field the ${name} rule rejects as not allowed in the form`, () => {
      const document: JsonObject = { ...doc, containerDefinitions: [{ name: 'app' }], volumes: [{ name: 'data' }] };
      const unmarked = list.map(pathOf).filter((path) => fieldApplicability(document, path)?.status !== 'forbidden');
      expect(unmarked.map((path) => path.join('.'))).toEqual([]);
    });
  }
});
