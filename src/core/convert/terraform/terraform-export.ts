/**
 * A task definition as one Terraform `resource "aws_ecs_task_definition"`: task fields as the provider's arguments and
 * blocks, the containers as `container_definitions = jsonencode(<HCL literal>)`. Values keep their JSON types.
 */
import type { JsonObject, JsonValue } from '../../issues';
import { exportFileName } from '../../import-export';
import type { ConvertReportEntry, Exporter } from '../types';
import { hclKey, hclString, hclValue, type StringStyle } from './hcl-write';
import { CONTAINER_DEFINITIONS, RESOURCE_TYPE, TASK_FIELDS, type TerraformFields } from './terraform-schema';

interface Writer {
  lines: string[];
  style: StringStyle;
  report: ConvertReportEntry[];
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value);
}

/** Arguments first (aligned, as `terraform fmt` does), then blocks. */
function writeBody(
  value: JsonObject,
  fields: TerraformFields,
  indent: string,
  path: string,
  writer: Writer,
  trailing: string[] = [],
): void {
  const args: [string, string][] = [];
  const blocks: string[][] = [];
  const block = (name: string, item: JsonValue, blockFields: TerraformFields, at: string) => {
    const sub: Writer = { ...writer, lines: [] };
    if (isObject(item)) writeBody(item, blockFields, `${indent}  `, at, sub);
    else writer.report.push({ severity: 'warning', source: at, message: `${at} is not an object; it was left out.` });
    blocks.push([`${indent}${name} {`, ...sub.lines, `${indent}}`]);
  };
  for (const [key, member] of Object.entries(value)) {
    const at = path === '' ? key : `${path}.${key}`;
    const field = fields[key];
    if (key === 'containerDefinitions' && path === '') continue;
    if (!field) {
      writer.report.push({
        severity: 'warning',
        source: at,
        message: `The Terraform AWS provider has no argument for "${key}" here; it was left out.`,
      });
      continue;
    }
    switch (field.kind) {
      case 'attr':
      case 'map':
        args.push([field.name, hclValue(member, indent, writer.style)]);
        break;
      case 'host-path':
        if (isObject(member) && typeof member.sourcePath === 'string') args.push([field.name, hclString(member.sourcePath, writer.style)]);
        else if (!isObject(member) || Object.keys(member).length > 0)
          writer.report.push({
            severity: 'warning',
            source: at,
            message: `${at} has no sourcePath, which is all Terraform's host_path holds; it was left out.`,
          });
        else
          writer.report.push({
            severity: 'info',
            source: at,
            message: 'An empty host {} has no Terraform form; it is left out (ECS makes a host volume either way).',
          });
        break;
      case 'tags':
      case 'name-value-map': {
        const [k, v] = field.kind === 'tags' ? ['key', 'value'] : ['name', 'value'];
        const map: JsonObject = {};
        for (const item of Array.isArray(member) ? member : []) if (isObject(item)) map[String(item[k] ?? '')] = item[v] ?? '';
        args.push([field.name, hclValue(map, indent, writer.style)]);
        break;
      }
      case 'block':
        block(field.name, member, field.fields ?? {}, at);
        break;
      case 'blocks':
        if (Array.isArray(member) && member.length === 0) {
          // Terraform has no way to write an empty set of blocks; to ECS an empty list and no list are the same.
          writer.report.push({
            severity: 'info',
            source: at,
            message: `The empty ${key} list has no Terraform form; it is left out (ECS reads both alike).`,
          });
        }
        (Array.isArray(member) ? member : [member]).forEach((item, i) => block(field.name, item, field.fields ?? {}, `${at}.${i}`));
        break;
    }
  }
  const width = Math.max(0, ...args.map(([name]) => name.length));
  for (const [name, text] of args) writer.lines.push(`${indent}${name.padEnd(width)} = ${text}`);
  writer.lines.push(...trailing);
  for (const lines of blocks) writer.lines.push('', ...lines);
}

/** A resource name: the family in snake case. */
export function resourceName(doc: JsonObject): string {
  const family = typeof doc.family === 'string' ? doc.family : '';
  const name = family.replace(/[^A-Za-z0-9_]/g, '_').replace(/^([^A-Za-z_])/, '_$1');
  return name === '' ? 'this' : name;
}

export const terraformExporter: Exporter = {
  format: 'terraform',
  label: 'Terraform (aws_ecs_task_definition)',
  fileName: (doc) => exportFileName(doc).replace(/\.json$/, '.tf'),
  write(doc, options) {
    const variables = options.parameterizePlaceholders ? new Map<string, string>() : undefined;
    const writer: Writer = { lines: [], style: variables ? { variables } : {}, report: [] };
    const containers = hclValue(doc.containerDefinitions ?? [], '  ', writer.style);
    writeBody(doc, TASK_FIELDS, '  ', '', writer, ['', `  ${CONTAINER_DEFINITIONS} = jsonencode(${containers})`]);
    const body = writer.lines;
    const out: string[] = [];
    for (const [name, placeholder] of variables ?? []) {
      out.push(`variable ${hclKey(name).startsWith('"') ? hclKey(name) : `"${name}"`} {`);
      out.push('  type        = string');
      out.push(`  description = ${hclString(`Fills the placeholder \${${placeholder}}`)}`);
      out.push('}', '');
    }
    out.push(`resource "${RESOURCE_TYPE}" "${resourceName(doc)}" {`, ...body, '}', '');
    return { text: out.join('\n'), report: writer.report };
  },
};
