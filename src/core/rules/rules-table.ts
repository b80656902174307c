import { allRules } from './index';
import type { Rule } from './types';

/**
 * The cross-field rules of section 4 of the ECS task-definition reference (data/ecs-task-definition-reference.md):
 * the 58 table rows plus the Fargate size table R-FG-SIZE.
 */
export const REFERENCE_RULE_IDS: readonly string[] = [
  ...Array.from({ length: 19 }, (_, i) => `R-TD-${i + 1}`),
  'R-FG-SIZE',
  ...Array.from({ length: 14 }, (_, i) => `R-NET-${i + 1}`),
  ...Array.from({ length: 4 }, (_, i) => `R-MEM-${i + 1}`),
  ...Array.from({ length: 8 }, (_, i) => `R-REF-${i + 1}`),
  'R-HC-1',
  'R-RP-1',
  'R-TO-1',
  'R-ENV-1',
  'R-SEC-1',
  'R-CS-1',
  'R-IMG-1',
  'R-EFS-1',
  'R-DV-1',
  'R-FL-1',
  'R-LOG-1',
  'R-SYS-1',
  'R-UL-1',
];

/** How to regenerate docs/rules.md (also printed by the test that keeps it in sync). */
export const REGENERATE_COMMAND = 'npx tsx src/cli/main.ts rules --markdown > docs/rules.md';

function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function row(rule: Rule): string {
  const fix = rule.quickFix ? `${rule.fix} *Quick fix available.*` : rule.fix;
  return `| \`${rule.id}\` | ${rule.refs.join(', ')} | ${rule.severity} | ${cell(rule.title)} | ${cell(rule.why)} | ${cell(fix)} |`;
}

/** docs/rules.md: every rule with its reference ids, severity, what it checks, why and how to fix it. */
export function renderRulesTable(rules: readonly Rule[] = allRules): string {
  const coverage = REFERENCE_RULE_IDS.map((ref) => {
    const ids = rules.filter((r) => r.refs.includes(ref)).map((r) => `\`${r.id}\``);
    return `| ${ref} | ${ids.length > 0 ? ids.join(', ') : '—'} |`;
  });
  return [
    '# Validation rules',
    '',
    `<!-- Generated from src/core/rules by \`${REGENERATE_COMMAND}\`; do not edit by hand. -->`,
    '',
    'The editor and the `ecs-taskdef` command-line linter check a task definition in two layers, merged by',
    '`validateDocument` (src/core/validate.ts):',
    '',
    '- the **schema** (src/core/schema) checks each field on its own: JSON types, enumerations, ranges, string formats,',
    '  required fields and unknown keys (issue ids `schema-*`); read-only fields of describe-task-definition output',
    '  are warnings there;',
    '- the **rules** below check what depends on several fields, the launch type or the operating system',
    '  (section 4, 5 and 6 of the ECS task-definition reference), plus best practices (refs `BP`).',
    '',
    'When a rule and the schema report the same problem at the same path, only the schema issue is kept.',
    'Severities: **error** means registration (or the task start) fails; **warning** means it registers but is',
    'probably wrong or unsafe; **info** is advice. Values holding a template placeholder (`${X}`, `<X>`, `{{ x }}`,',
    '`$$$X$$$`) are never errors: rules skip them.',
    '',
    'Quick fixes are pure functions of the document. The one of `secrets-in-environment` removes the variable from',
    '`environment`, adds `{"name": NAME, "valueFrom": "arn:aws:ssm:${AWS_REGION}:${AWS_ACCOUNT_ID}:parameter/NAME"}`',
    'to `secrets` (the `${…}` parts are template placeholders to fill in, and the parameter must be created in SSM',
    'Parameter Store), and adds `"executionRoleArn": "arn:aws:iam::${AWS_ACCOUNT_ID}:role/ecsTaskExecutionRole"` when',
    'the task has no execution role, since secrets need one.',
    '',
    `## Rules (${rules.length})`,
    '',
    '| id | refs | severity | what | why | fix |',
    '|---|---|---|---|---|---|',
    ...rules.map(row),
    '',
    '## Reference coverage',
    '',
    'Every cross-field rule of section 4 of the reference and the rule modules implementing it. Pure range and',
    'format parts of a reference rule (for example the health-check interval range) are left to the schema.',
    '',
    '| reference | rules |',
    '|---|---|',
    ...coverage,
    '',
  ].join('\n');
}
