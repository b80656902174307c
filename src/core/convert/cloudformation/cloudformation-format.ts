/**
 * CloudFormation templates (JSON and YAML) holding one `AWS::ECS::TaskDefinition`, out and in. Values keep their JSON
 * types (a `"256"` stays a string, CloudFormation converts it); map members (docker labels, log options, driver
 * options) keep the user's keys.
 */
import type { JsonObject, JsonValue } from '../../issues';
import { exportFileName, restoreTaskDefinition } from '../../import-export';
import { importReportEntries } from '../json/json-format';
import type { ConvertReportEntry, ExportOptions, Exporter, ImportResult, Importer } from '../types';
import { parseCloudFormationYaml, stringifyCloudFormationYaml } from './cfn-yaml';
import { parameterizeString, resolveIntrinsics } from './intrinsics';
import { fromCloudFormationProperties, toCloudFormationProperties } from './property-names';

export const TASK_DEFINITION_TYPE = 'AWS::ECS::TaskDefinition';
export const LOGICAL_ID = 'TaskDefinition';

/** The whole template as a value, with the placeholders made Parameters when asked. */
export function buildTemplate(doc: JsonObject, options: ExportOptions) {
  const report: ConvertReportEntry[] = [];
  const parameters = new Map<string, string>();
  const leaf = (value: JsonValue): JsonValue =>
    options.parameterizePlaceholders && typeof value === 'string' ? parameterizeString(value, parameters) : value;
  const properties = toCloudFormationProperties(doc, leaf, report);
  const template: JsonObject = { AWSTemplateFormatVersion: '2010-09-09' };
  const family = typeof doc.family === 'string' ? doc.family : 'task';
  template.Description = `ECS task definition ${family}`;
  if (parameters.size > 0) {
    const declared: JsonObject = {};
    for (const [id, name] of parameters) declared[id] = { Type: 'String', Description: `Fills the placeholder \${${name}}` };
    template.Parameters = declared;
  }
  template.Resources = { [LOGICAL_ID]: { Type: TASK_DEFINITION_TYPE, Properties: properties } };
  template.Outputs = { TaskDefinitionArn: { Value: { Ref: LOGICAL_ID } } };
  return { template, properties, report };
}

const baseName = (doc: JsonObject) => exportFileName(doc).replace(/\.json$/, '');

export const cloudFormationExporter: Exporter = {
  format: 'cloudformation',
  label: 'CloudFormation template (JSON)',
  fileName: (doc) => `${baseName(doc)}.template.json`,
  write(doc, options) {
    const { template, report } = buildTemplate(doc, options);
    return { text: `${JSON.stringify(template, null, 2)}\n`, report };
  },
};

export const cloudFormationYamlExporter: Exporter = {
  format: 'cloudformation-yaml',
  label: 'CloudFormation template (YAML)',
  fileName: (doc) => `${baseName(doc)}.template.yaml`,
  write(doc, options) {
    const { template, report } = buildTemplate(doc, options);
    return { text: stringifyCloudFormationYaml(template), report };
  },
};

function isObject(value: JsonValue | undefined): value is JsonObject {
  return value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value);
}

/** JSON when it starts like JSON, else CloudFormation YAML. */
function parseTemplate(text: string): { ok: true; value: JsonValue } | { ok: false; message: string } {
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*[{[]/.test(body)) {
    try {
      return { ok: true, value: JSON.parse(body) as JsonValue };
    } catch (error) {
      return { ok: false, message: `The template is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const parsed = parseCloudFormationYaml(body);
  if (parsed.ok) return parsed;
  return { ok: false, message: `The template is not valid YAML${parsed.line ? ` (line ${parsed.line})` : ''}: ${parsed.message}` };
}

const TYPE_LINE = /AWS::ECS::TaskDefinition/;

export const cloudFormationImporter: Importer = {
  format: 'cloudformation',
  label: 'CloudFormation template',
  detect: (text) => TYPE_LINE.test(text) && /(^|["\s{])(Resources|AWSTemplateFormatVersion)["']?\s*:/m.test(text),
  read(text): ImportResult {
    const fail = (message: string): ImportResult => ({
      ok: false,
      format: 'cloudformation',
      message,
      report: [{ severity: 'error', source: '', message }],
    });
    const parsed = parseTemplate(text);
    if (!parsed.ok) return fail(parsed.message);
    const template = parsed.value;
    if (!isObject(template) || !isObject(template.Resources)) return fail('The template has no Resources section.');
    const found = Object.entries(template.Resources).filter(([, r]) => isObject(r) && r.Type === TASK_DEFINITION_TYPE);
    if (found.length === 0) return fail(`The template has no ${TASK_DEFINITION_TYPE} resource.`);
    const report: ConvertReportEntry[] = [];
    const [logicalId, resource] = found[0] as [string, JsonObject];
    if (found.length > 1) {
      const others = found
        .slice(1)
        .map(([id]) => id)
        .join(', ');
      report.push({
        severity: 'warning',
        source: 'Resources',
        message: `The template has ${found.length} task definitions; ${logicalId} was read, not ${others}.`,
      });
    }
    const prefix = `Resources.${logicalId}.Properties`;
    const properties = resource.Properties ?? {};
    if (!isObject(properties)) return fail(`${prefix} is not an object.`);
    const parameters = new Set(isObject(template.Parameters) ? Object.keys(template.Parameters) : []);
    const resolved = resolveIntrinsics(properties, prefix, { parameters, report });
    const doc = fromCloudFormationProperties(resolved as JsonObject, (value) => value, report, prefix);
    // The same clean-up and report as any other import (placeholders, numbers written as strings …).
    const restored = restoreTaskDefinition(JSON.stringify(doc));
    if (!restored.ok) return { ok: false, format: 'cloudformation', message: restored.message, report };
    return { ok: true, format: 'cloudformation', doc: restored.doc, report: [...report, ...importReportEntries(restored.report)] };
  },
};
