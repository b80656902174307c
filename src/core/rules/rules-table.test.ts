import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from './index';
import { REFERENCE_RULE_IDS, REGENERATE_COMMAND, renderRulesTable } from './rules-table';

const DOC = new URL('../../../docs/rules.md', import.meta.url);
const REFERENCE = new URL('../../../data/ecs-task-definition-reference.md', import.meta.url);

describe('rules table', () => {
  it('lists every rule with its id, refs and severity', () => {
    const table = renderRulesTable();
    for (const rule of allRules) expect(table).toContain(`| \`${rule.id}\` | ${rule.refs.join(', ')} | ${rule.severity} |`);
  });

  it('covers each cross-field rule of the reference (58 table rows plus R-FG-SIZE) with a rule module', () => {
    expect(REFERENCE_RULE_IDS).toHaveLength(59);
    const uncovered = REFERENCE_RULE_IDS.filter((ref) => !allRules.some((rule) => rule.refs.includes(ref)));
    expect(uncovered).toEqual([]);
  });

  it('lists exactly the rule ids of section 4 of the reference', () => {
    const text = readFileSync(REFERENCE, 'utf8');
    const ids = new Set([...text.matchAll(/^\| (R-[A-Z]+-\d+) \|/gm)].map((m) => m[1]));
    if (text.includes('(R-FG-SIZE)')) ids.add('R-FG-SIZE');
    expect([...REFERENCE_RULE_IDS].sort()).toEqual([...ids].sort());
  });

  it('escapes pipes so that no cell breaks the table', () => {
    const rows = renderRulesTable()
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length, row).toBe(8);
  });

  it('matches docs/rules.md', () => {
    let onDisk = '';
    try {
      onDisk = readFileSync(DOC, 'utf8');
    } catch {
      // reported by the assertion below
    }
    const expected = renderRulesTable();
    expect(onDisk === expected, `docs/rules.md is out of date; regenerate it with: ${REGENERATE_COMMAND}`).toBe(true);
  });
});
