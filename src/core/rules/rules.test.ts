import { describe, expect, it } from 'vitest';
import type { RuleCase } from './cases/builders';
import { bestPracticeCases } from './cases/best-practice-cases';
import { containerCases } from './cases/container-cases';
import { launchTypeCases } from './cases/launch-type-cases';
import { networkCases } from './cases/network-cases';
import { referenceCases } from './cases/reference-cases';
import { taskCases } from './cases/task-cases';
import { allRules, runRules } from './index';

const tables: Record<string, RuleCase[]> = {
  'task-level rules': taskCases,
  'network rules': networkCases,
  'container rules': containerCases,
  'reference rules': referenceCases,
  'launch-type and Windows rules': launchTypeCases,
  'best-practice rules': bestPracticeCases,
};
const allCases = Object.values(tables).flat();

for (const [title, cases] of Object.entries(tables)) {
  describe(title, () => {
    it.each(cases.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', (_label, c) => {
      const issues = runRules(c.doc).filter((i) => i.ruleId === c.rule);
      expect(issues.map(({ path, severity }) => ({ path, severity }))).toEqual(c.expect);
      if (c.message) expect(issues[0]?.message).toMatch(c.message);
    });
  });
}

describe('rule catalogue', () => {
  const modules = import.meta.glob<{ rule?: { id: string } }>(['./*.ts', '!./*.test.ts'], { eager: true });

  it('gives every rule a unique id equal to its module file name', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(modules[`./${id}.ts`]?.rule?.id, id).toBe(id);
  });

  it('lists every rule module in allRules', () => {
    const exported = Object.values(modules)
      .map((m) => m.rule?.id)
      .filter((id): id is string => id !== undefined);
    expect(exported.sort()).toEqual(allRules.map((r) => r.id).sort());
  });

  it('has a passing and a failing document for every rule', () => {
    for (const rule of allRules) {
      const cases = allCases.filter((c) => c.rule === rule.id);
      expect(
        cases.some((c) => c.expect.length === 0),
        `${rule.id} passing case`,
      ).toBe(true);
      expect(
        cases.some((c) => c.expect.length > 0),
        `${rule.id} failing case`,
      ).toBe(true);
    }
  });

  it('describes every rule with refs, a title, a reason and a fix', () => {
    for (const rule of allRules) {
      expect(rule.refs.length, rule.id).toBeGreaterThan(0);
      for (const text of [rule.title, rule.why, rule.fix]) expect(text.length, rule.id).toBeGreaterThan(10);
    }
  });

  it('emits issues tagged with the emitting rule, source "rule" and a sentence', () => {
    for (const c of allCases) {
      for (const found of runRules(c.doc)) {
        expect(found.source).toBe('rule');
        expect(
          allRules.some((r) => r.id === found.ruleId),
          found.ruleId,
        ).toBe(true);
        expect(found.message, found.ruleId).toMatch(/^["A-Za-z].*\.$/);
      }
    }
  });
});
