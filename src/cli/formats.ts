import type { Severity } from '../core/issues';
import { allRules } from '../core/rules/index';
import type { Problem } from './lint-text';

export type OutputFormat = 'text' | 'json' | 'sarif';

/** `file:line:column severity message rule-id`, one problem per line (the format editors' problem matchers read). */
export function formatText(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.message} ${p.ruleId}`).join('\n');
}

/** A JSON array of `{file, pointer, line, column, ruleId, severity, message}`. */
export function formatJson(problems: readonly Problem[]): string {
  const rows = problems.map(({ file, pointer, line, column, ruleId, severity, message }) => ({
    file,
    pointer,
    line,
    column,
    ruleId,
    severity,
    message,
  }));
  return JSON.stringify(rows, null, 2);
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Descriptions of issue ids that do not come from a rule module (parser, schema, CLI checks). */
const OTHER_CHECKS: Record<string, { title: string; level: Severity }> = {
  'json-syntax': { title: 'The file is valid JSON.', level: 'error' },
  'duplicate-key': { title: 'An object does not repeat a key.', level: 'warning' },
  'internal-error': { title: 'A rule failed to run (a validator bug).', level: 'warning' },
  'schema-required': { title: 'Required fields of the RegisterTaskDefinition model are present.', level: 'error' },
  'schema-type': { title: 'Values have the JSON type the model expects.', level: 'error' },
  'schema-enum': { title: "Values belong to the model's enumerations.", level: 'error' },
  'schema-range': { title: "Numbers, lengths and list sizes are within the model's limits.", level: 'error' },
  'schema-format': { title: "Strings follow the model's formats.", level: 'error' },
  'schema-unknown-key': { title: 'Keys are known to the model (read-only describe fields must be removed).', level: 'warning' },
  placeholder: { title: 'Template placeholders are left for deploy time.', level: 'info' },
};

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _dash: string, ch: string) => ch.toUpperCase());
}

/** A file name as a SARIF artifact URI: relative paths stay relative (forward slashes), absolute ones become file:// URLs. */
export function artifactUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${encodeURI(slashed)}`;
  if (slashed.startsWith('/')) return `file://${encodeURI(slashed)}`;
  return encodeURI(slashed.replace(/^\.\//, ''));
}

/** SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers. */
export function formatSarif(problems: readonly Problem[], version: string): string {
  const rules: Record<string, unknown>[] = allRules.map((rule) => ({
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.why },
    help: { text: rule.fix },
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: { tags: rule.refs },
  }));
  const index = new Map(allRules.map((rule, i) => [rule.id, i]));
  for (const p of problems) {
    if (index.has(p.ruleId)) continue;
    const other = OTHER_CHECKS[p.ruleId] ?? { title: `Check ${p.ruleId}.`, level: p.severity };
    index.set(p.ruleId, rules.length);
    rules.push({
      id: p.ruleId,
      name: pascal(p.ruleId),
      shortDescription: { text: other.title },
      defaultConfiguration: { level: SARIF_LEVEL[other.level] },
    });
  }
  const results = problems.map((p) => ({
    ruleId: p.ruleId,
    ruleIndex: index.get(p.ruleId),
    level: SARIF_LEVEL[p.severity],
    message: { text: p.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(p.file) },
          region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
        },
        ...(p.pointer === '' ? {} : { logicalLocations: [{ fullyQualifiedName: p.pointer, kind: 'member' }] }),
      },
    ],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ecs-taskdef', version, semanticVersion: version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
