/**
 * A complete CDK v2 app in TypeScript (aws-cdk-lib and constructs only) whose stack synthesizes to the same
 * `AWS::ECS::TaskDefinition` properties as the CloudFormation export. It uses the L1 `ecs.CfnTaskDefinition`, whose
 * props are the CloudFormation names in camel case. A value whose JSON type is not the one the L1 props declare (a
 * number written as a string, `"256"`, or a placeholder in a number field) cannot pass the L1's type checks, so it
 * is set with `addPropertyOverride`, which writes it into the template unchanged.
 */
import type { JsonObject, JsonValue } from '../../issues';
import { exportFileName } from '../../import-export';
import { cfnName, renameForCloudFormation } from '../cloudformation/property-names';
import type { ConvertReportEntry, Exporter } from '../types';

/** The L1 prop name for a CloudFormation property, as the CDK derives it (`EFSVolumeConfiguration` → `efsVolumeConfiguration`, `FSxWindows…` → `fSxWindows…`, `IAM` → `iam`). */
export function l1Name(property: string): string {
  const run = (/^[A-Z]+/.exec(property) ?? [''])[0];
  if (run.length === property.length) return property.toLowerCase();
  if (run.length <= 1) return property.charAt(0).toLowerCase() + property.slice(1);
  return run.slice(0, -1).toLowerCase() + property.slice(run.length - 1);
}

/** Marks a prop that is set by an override instead; followed by the declared type. */
const OVERRIDDEN = '\u0000overridden:';
const ZERO: Record<string, string> = { number: '0', boolean: 'false', string: "''" };

function expectedType(kind: string): 'number' | 'boolean' | 'string' | null {
  if (kind === 'integer') return 'number';
  if (kind === 'boolean') return 'boolean';
  if (kind === 'string') return 'string';
  return null;
}

/** A TypeScript string literal (JSON's escapes are TypeScript's). */
function tsString(value: string): string {
  return JSON.stringify(value);
}

function tsKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : tsString(key);
}

/** A value as a TypeScript literal, indented under `indent`; overridden props are left out. */
export function tsValue(value: JsonValue, indent: string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return tsString(value);
  if (typeof value !== 'object') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    // An overridden list item still needs its place: a value of the declared type, replaced by the override.
    const item = (member: JsonValue) =>
      typeof member === 'string' && member.startsWith(OVERRIDDEN) ? ZERO[member.slice(OVERRIDDEN.length)] : tsValue(member, inner);
    return `[\n${value.map((member) => `${inner}${item(member)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, member]) => !(typeof member === 'string' && member.startsWith(OVERRIDDEN)));
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, member]) => `${inner}${tsKey(key)}: ${tsValue(member, inner)},`).join('\n')}\n${indent}}`;
}

/** A stack construct id from the family: letters and digits, starting with a letter. */
function stackId(doc: JsonObject): string {
  const family = typeof doc.family === 'string' ? doc.family : '';
  const words = family.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const id = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(id) ? `${id}TaskDefinition` : 'TaskDefinitionStack';
}

function typeMismatch(value: JsonValue, kind: string): string | null {
  const expected = expectedType(kind);
  return expected === null || value === null || typeof value === expected ? null : expected;
}

/** The props object and the overrides for values whose type the L1 props do not accept. */
export function cdkProps(doc: JsonObject, report: ConvertReportEntry[]) {
  // First walk: CloudFormation names, to know each override's property path; second: the L1 props.
  const overrides: { path: string; value: JsonValue }[] = [];
  renameForCloudFormation(
    doc,
    (value, path, kind, target) => {
      const expected = typeMismatch(value, kind);
      if (expected === null) return value;
      overrides.push({ path: target, value });
      report.push({
        severity: 'info',
        source: path,
        message: `The L1 props want a ${expected} here, so this ${typeof value} is set with addPropertyOverride and the template keeps it as it is.`,
      });
      return value;
    },
    report,
    cfnName,
  );
  const props = renameForCloudFormation(
    doc,
    (value, _path, kind) => {
      const expected = typeMismatch(value, kind);
      return expected === null ? value : `${OVERRIDDEN}${expected}`;
    },
    [],
    (shape, member) => l1Name(cfnName(shape, member)),
  );
  // The L1's tag manager leaves out an empty tag list; the CloudFormation export keeps it, so the override does too.
  if (Array.isArray(doc.tags) && doc.tags.length === 0) overrides.push({ path: 'Tags', value: [] });
  return { props, overrides };
}

export const cdkExporter: Exporter = {
  format: 'cdk',
  label: 'AWS CDK app (TypeScript)',
  fileName: (doc) => exportFileName(doc).replace(/\.json$/, '-stack.ts'),
  write(doc) {
    const report: ConvertReportEntry[] = [];
    const { props, overrides } = cdkProps(doc, report);
    const lines = [
      '#!/usr/bin/env node',
      `// A CDK v2 app for the ECS task definition ${typeof doc.family === 'string' ? doc.family : ''}. Deploy: npx cdk deploy --app 'npx tsx ${exportFileName(doc).replace(/\.json$/, '-stack.ts')}'`,
      "import { App, Stack, type StackProps } from 'aws-cdk-lib';",
      "import * as ecs from 'aws-cdk-lib/aws-ecs';",
      "import type { Construct } from 'constructs';",
      '',
      'export class TaskDefinitionStack extends Stack {',
      '  readonly taskDefinition: ecs.CfnTaskDefinition;',
      '',
      '  constructor(scope: Construct, id: string, props?: StackProps) {',
      '    super(scope, id, props);',
      `    this.taskDefinition = new ecs.CfnTaskDefinition(this, 'TaskDefinition', ${tsValue(props, '    ')});`,
    ];
    if (overrides.length > 0) {
      lines.push('    // Values the document writes with another JSON type than the L1 props declare, kept as they are.');
      for (const { path, value } of overrides)
        lines.push(`    this.taskDefinition.addPropertyOverride(${tsString(path)}, ${tsValue(value, '    ')});`);
    }
    lines.push('  }', '}', '', 'const app = new App();', `new TaskDefinitionStack(app, ${tsString(stackId(doc))});`, 'app.synth();', '');
    return { text: lines.join('\n'), report };
  },
};
