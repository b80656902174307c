/**
 * Reads a Terraform file's `resource "aws_ecs_task_definition"` back into register input. `container_definitions`
 * may be `jsonencode(<literal>)`, a heredoc or quoted JSON string, or a `local`; `file(…)` and `templatefile(…)` point at
 * files the converter cannot open, so they are reported. Variables become placeholders (`var.image` → `${image}`);
 * other references are kept as placeholders and reported.
 */
import type { JsonObject, JsonValue } from '../../issues';
import { restoreTaskDefinition } from '../../import-export';
import { importReportEntries } from '../json/json-format';
import type { ConvertReportEntry, ImportResult, Importer } from '../types';
import { HclSyntaxError, parseHcl, type HclBlock, type HclBody, type HclExpression } from './hcl-parse';
import { CONTAINER_DEFINITIONS, RESOURCE_TYPE, TASK_FIELDS, type TerraformFields } from './terraform-schema';

interface Context {
  locals: Map<string, HclExpression>;
  report: ConvertReportEntry[];
  /** Locals being evaluated, so a cycle is reported instead of looping. */
  evaluating: Set<string>;
}

/** Arguments of the resource that only steer Terraform; they have no place in a task definition. */
const TERRAFORM_ONLY = new Set(['track_latest', 'skip_destroy', 'count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'tags_all']);

function note(context: Context, severity: ConvertReportEntry['severity'], source: string, message: string, line: number) {
  context.report.push({ severity, source, message: `${message} (line ${line})` });
}

function placeholderFor(reference: string, path: string, line: number, context: Context): string {
  const variable = /^var\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(reference);
  if (variable) {
    note(context, 'info', path, `var.${variable[1]} is kept as the placeholder \${${variable[1]}}`, line);
    return `\${${variable[1]}}`;
  }
  note(
    context,
    'warning',
    path,
    `${reference} is known only to Terraform; it is kept as the placeholder \${${reference}} to fill in`,
    line,
  );
  return `\${${reference}}`;
}

function localValue(name: string, context: Context): HclExpression | null {
  const expression = context.locals.get(name);
  if (!expression || context.evaluating.has(name)) return null;
  return expression;
}

export function evaluate(expression: HclExpression, path: string, context: Context): JsonValue {
  switch (expression.type) {
    case 'literal':
      return expression.value;
    case 'tuple':
      return expression.items.map((item, i) => evaluate(item, `${path}.${i}`, context));
    case 'object': {
      const out: JsonObject = {};
      for (const { key, value } of expression.entries) out[key] = evaluate(value, `${path}.${key}`, context);
      return out;
    }
    case 'template': {
      const [only] = expression.parts;
      // "${x}" alone is x itself, with its type.
      if (expression.parts.length === 1 && typeof only === 'object' && only.type !== 'reference') return evaluate(only, path, context);
      return expression.parts
        .map((part) => {
          if (typeof part === 'string') return part;
          const value = evaluate(part, path, context);
          return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);
        })
        .join('');
    }
    case 'reference': {
      const local = /^local\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(expression.text);
      const target = local ? localValue(local[1] as string, context) : null;
      if (local && target) {
        context.evaluating.add(local[1] as string);
        const value = evaluate(target, path, context);
        context.evaluating.delete(local[1] as string);
        return value;
      }
      return placeholderFor(expression.text, path, expression.line, context);
    }
    case 'call': {
      if (expression.name === 'jsonencode' && expression.args.length === 1) {
        return JSON.stringify(evaluate(expression.args[0] as HclExpression, path, context));
      }
      if (expression.name === 'jsondecode' && expression.args.length === 1) {
        const text = evaluate(expression.args[0] as HclExpression, path, context);
        try {
          return JSON.parse(String(text)) as JsonValue;
        } catch {
          note(context, 'warning', path, 'jsondecode() is given text that is not JSON', expression.line);
          return String(text);
        }
      }
      note(
        context,
        'warning',
        path,
        `${expression.name}() cannot be worked out outside Terraform; it is kept as a placeholder`,
        expression.line,
      );
      return `\${${expression.name}(…)}`;
    }
  }
}

/** The containers: the literal inside `jsonencode(...)`, or the JSON text of a string. */
function containerDefinitions(expression: HclExpression, path: string, context: Context): JsonValue | undefined {
  if (expression.type === 'call' && expression.name === 'jsonencode' && expression.args.length === 1) {
    return evaluate(expression.args[0] as HclExpression, path, context);
  }
  if (expression.type === 'call' && (expression.name === 'file' || expression.name === 'templatefile')) {
    const argument = expression.args[0] ? evaluate(expression.args[0], path, context) : '';
    note(
      context,
      'error',
      path,
      `${CONTAINER_DEFINITIONS} is read from ${expression.name}("${String(argument)}"), which the converter cannot open; import that JSON file instead, or paste its containers`,
      expression.line,
    );
    return undefined;
  }
  if (expression.type === 'reference' && expression.text.startsWith('local.')) {
    const target = context.locals.get(expression.text.slice('local.'.length));
    if (target) return containerDefinitions(target, path, context);
  }
  const value = evaluate(expression, path, context);
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as JsonValue;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    note(context, 'error', path, `${CONTAINER_DEFINITIONS} is not JSON: ${why}`, expression.line);
    return undefined;
  }
}

function readBody(body: HclBody, fields: TerraformFields, path: string, context: Context): JsonObject {
  const out: JsonObject = {};
  const byName = new Map(Object.entries(fields).map(([ecs, field]) => [field.name, { ecs, field }]));
  for (const attribute of body.attributes) {
    const at = `${path}.${attribute.name}`;
    const found = byName.get(attribute.name);
    if (!found || found.field.kind === 'block' || found.field.kind === 'blocks') {
      if (!(path.split('.').length === 2 && TERRAFORM_ONLY.has(attribute.name)))
        note(context, 'warning', at, `"${attribute.name}" is not an argument of ${RESOURCE_TYPE} here; it was left out`, attribute.line);
      continue;
    }
    const value = evaluate(attribute.value, at, context);
    const { ecs, field } = found;
    if (field.kind === 'host-path') out[ecs] = { sourcePath: value };
    else if (field.kind === 'tags' || field.kind === 'name-value-map') {
      const keyName = field.kind === 'tags' ? 'key' : 'name';
      const map = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
      out[ecs] = Object.entries(map).map(([key, member]) => ({ [keyName]: key, value: member }));
    } else out[ecs] = value;
  }
  for (const block of body.blocks) {
    const at = `${path}.${block.type}`;
    const found = byName.get(block.type);
    if (!found || (found.field.kind !== 'block' && found.field.kind !== 'blocks')) {
      if (!(path.split('.').length === 2 && TERRAFORM_ONLY.has(block.type)))
        note(context, 'warning', at, `"${block.type}" is not a block of ${RESOURCE_TYPE} here; it was left out`, block.line);
      continue;
    }
    const value = readBody(block.body, found.field.fields ?? {}, at, context);
    if (found.field.kind === 'blocks') {
      const list = (out[found.ecs] ?? []) as JsonValue[];
      list.push(value);
      out[found.ecs] = list;
    } else if (out[found.ecs] !== undefined)
      note(context, 'warning', at, `${block.type} is given twice; the first one is kept`, block.line);
    else out[found.ecs] = value;
  }
  return out;
}

function resourceOf(body: HclBody, report: ConvertReportEntry[]): HclBlock | string {
  const found = body.blocks.filter((block) => block.type === 'resource' && block.labels[0] === RESOURCE_TYPE);
  if (found.length === 0) return `The file has no resource "${RESOURCE_TYPE}".`;
  if (found.length > 1) {
    const names = found.map((block) => block.labels[1] ?? '').join(', ');
    report.push({
      severity: 'warning',
      source: '',
      message: `The file has ${found.length} task definitions (${names}); the first was read.`,
    });
  }
  return found[0] as HclBlock;
}

export const terraformImporter: Importer = {
  format: 'terraform',
  label: 'Terraform file',
  detect: (text) => /resource\s+"aws_ecs_task_definition"/.test(text),
  read(text): ImportResult {
    const fail = (message: string, report: ConvertReportEntry[] = []): ImportResult => ({
      ok: false,
      format: 'terraform',
      message,
      report: [...report, { severity: 'error', source: '', message }],
    });
    let body: HclBody;
    try {
      body = parseHcl(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      if (error instanceof HclSyntaxError) return fail(`The Terraform file cannot be read: ${error.message}.`);
      throw error;
    }
    const report: ConvertReportEntry[] = [];
    const resource = resourceOf(body, report);
    if (typeof resource === 'string') return fail(resource, report);
    const locals = new Map<string, HclExpression>();
    for (const block of body.blocks.filter((b) => b.type === 'locals')) for (const a of block.body.attributes) locals.set(a.name, a.value);
    const context: Context = { locals, report, evaluating: new Set() };
    const path = `${RESOURCE_TYPE}.${resource.labels[1] ?? ''}`;
    const containers = resource.body.attributes.find((a) => a.name === CONTAINER_DEFINITIONS);
    const rest: HclBody = { ...resource.body, attributes: resource.body.attributes.filter((a) => a !== containers) };
    const doc = readBody(rest, TASK_FIELDS, path, context);
    if (!containers) note(context, 'error', path, `The resource has no ${CONTAINER_DEFINITIONS}`, resource.line);
    const definitions = containers ? containerDefinitions(containers.value, `${path}.${CONTAINER_DEFINITIONS}`, context) : undefined;
    const ordered: JsonObject = { ...(doc.family !== undefined ? { family: doc.family } : {}), containerDefinitions: definitions ?? [] };
    const restored = restoreTaskDefinition(JSON.stringify({ ...ordered, ...doc, containerDefinitions: ordered.containerDefinitions }));
    if (!restored.ok) return fail(restored.message, report);
    return { ok: true, format: 'terraform', doc: restored.doc, report: [...report, ...importReportEntries(restored.report)] };
  },
};
