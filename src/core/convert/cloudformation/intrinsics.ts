/**
 * CloudFormation intrinsic functions on the way in and out. Out: placeholders such as `${IMAGE}` may become template
 * Parameters (`Ref`, `Fn::Sub`). In: what a task definition cannot hold (a `Ref`, `Fn::GetAtt`, `Fn::If` …) becomes a
 * placeholder string in `Fn::Sub` syntax (`${Name}`, `${Role.Arn}`), reported, so the user's text is kept and visible.
 */
import type { JsonValue } from '../../issues';
import type { ConvertReportEntry } from '../types';

const PLACEHOLDER = /\$\{([^}\s]+)\}/g;

/** A CloudFormation logical id: alphanumeric only. */
export function parameterId(name: string): string {
  const id = name.replace(/[^A-Za-z0-9]/g, '');
  return id === '' ? 'Param' : id;
}

/** Pseudo parameters (`AWS::Region`) and attribute references (`Role.Arn`) that Fn::Sub resolves itself. */
function isSubReference(name: string): boolean {
  return name.includes('::') || name.startsWith('!');
}

/**
 * A string with `${NAME}` placeholders as `Ref` / `Fn::Sub`, declaring a String parameter per name in `parameters`.
 * Strings without such placeholders are returned unchanged.
 */
export function parameterizeString(value: string, parameters: Map<string, string>): JsonValue {
  const names = [...value.matchAll(PLACEHOLDER)].map((m) => m[1] as string).filter((name) => !isSubReference(name));
  if (names.length === 0) return value;
  const bindings: Record<string, JsonValue> = {};
  for (const name of names) {
    const id = parameterId(name);
    parameters.set(id, name);
    if (id !== name) bindings[name] = { Ref: id };
  }
  const whole = /^\$\{([^}\s]+)\}$/.exec(value);
  if (whole && whole[1] === parameterId(whole[1] as string)) return { Ref: whole[1] as string };
  return Object.keys(bindings).length === 0 ? { 'Fn::Sub': value } : { 'Fn::Sub': [value, bindings] };
}

export interface ResolveContext {
  parameters: ReadonlySet<string>;
  report: ConvertReportEntry[];
}

function isIntrinsic(value: JsonValue): value is { [key: string]: JsonValue } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || (keys[0] as string).startsWith('Fn::') || keys[0] === 'Condition');
}

function kept(text: string, path: string, context: ResolveContext, why: string): string {
  context.report.push({
    severity: 'warning',
    source: path,
    message: `${why}; it is kept as the placeholder "${text}" to fill in at deploy time.`,
  });
  return text;
}

/** `Fn::Sub` text: `${!Literal}` is CloudFormation's escape for a literal `${Literal}`. */
function subText(template: string, bindings: { [key: string]: JsonValue }, path: string, context: ResolveContext): string {
  return template.replace(/\$\{([^}]*)\}/g, (match, name: string) => {
    if (name.startsWith('!')) return `\${${name.slice(1)}}`;
    const bound = bindings[name];
    if (bound === undefined) return match;
    const resolved = resolveIntrinsics(bound, `${path}.${name}`, context);
    // A variable bound to a parameter stays a placeholder under the variable's own name (what the exporter writes).
    if (bound !== null && typeof bound === 'object' && !Array.isArray(bound) && 'Ref' in bound) return match;
    return typeof resolved === 'string' || typeof resolved === 'number' || typeof resolved === 'boolean' ? String(resolved) : match;
  });
}

function resolveFunction(name: string, arg: JsonValue, path: string, context: ResolveContext): JsonValue {
  switch (name) {
    case 'Ref': {
      const ref = String(arg);
      if (context.parameters.has(ref)) return `\${${ref}}`;
      if (ref.startsWith('AWS::')) return kept(`\${${ref}}`, path, context, `Ref ${ref} is a pseudo parameter`);
      return kept(`\${${ref}}`, path, context, `Ref ${ref} names a resource of the template`);
    }
    case 'Fn::Sub': {
      if (typeof arg === 'string') return subText(arg, {}, path, context);
      if (Array.isArray(arg) && typeof arg[0] === 'string') {
        const bindings = arg[1] !== null && typeof arg[1] === 'object' && !Array.isArray(arg[1]) ? arg[1] : {};
        return subText(arg[0], bindings, path, context);
      }
      break;
    }
    case 'Fn::GetAtt': {
      const parts = Array.isArray(arg) ? arg.map(String) : String(arg).split('.');
      return kept(`\${${parts.join('.')}}`, path, context, `Fn::GetAtt ${parts.join('.')} is known only once the stack is deployed`);
    }
    case 'Fn::Join': {
      if (Array.isArray(arg) && typeof arg[0] === 'string' && Array.isArray(arg[1])) {
        const parts = arg[1].map((part, i) => resolveIntrinsics(part, `${path}.${i}`, context));
        if (parts.every((part) => typeof part !== 'object' || part === null)) return parts.map(String).join(arg[0]);
      }
      break;
    }
    default:
      break;
  }
  return kept(`\${${name}: ${JSON.stringify(arg)}}`, path, context, `${name} cannot be worked out outside CloudFormation`);
}

/** Replaces every intrinsic function in `value` with the plain value it stands for, or a reported placeholder. */
export function resolveIntrinsics(value: JsonValue, path: string, context: ResolveContext): JsonValue {
  if (Array.isArray(value)) return value.map((item, i) => resolveIntrinsics(item, `${path}.${i}`, context));
  if (value === null || typeof value !== 'object') return value;
  if (isIntrinsic(value)) {
    const [name, arg] = Object.entries(value)[0] as [string, JsonValue];
    return resolveFunction(name, arg, path, context);
  }
  const out: Record<string, JsonValue> = {};
  for (const [key, member] of Object.entries(value as { [key: string]: JsonValue }))
    out[key] = resolveIntrinsics(member, `${path}.${key}`, context);
  return out;
}
