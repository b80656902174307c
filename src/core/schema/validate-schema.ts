import type { z } from 'zod';
import type { Issue } from '../issues';
import { getAtPath, type Path } from '../paths';
import { hasPlaceholder } from '../placeholders';
import { expectedKind, kindOf, showValue, subjectOf, whereIs } from './describe-path';
import { closestMatch, knownKeysAt, lengthBoundsAt, numberBoundsAt } from './schema-lookup';
import { READ_ONLY_TASK_FIELDS } from '../import-export/known-keys';
import { taskDefinitionSchema } from './task-definition';

type ZodIssue = z.core.$ZodIssue;

/** Read-only members of describe-task-definition output (reference §1.1); never valid in a register input. */
const READ_ONLY_FIELDS = new Set(READ_ONLY_TASK_FIELDS);

/** Integers are 32-bit; a range up to this bound is "at least min", not "between". */
const INT32_MAX = 2147483647;

const NUMERIC_TEXT = /^\s*-?(?:\d+|\d*\.\d+)\s*$/;

/**
 * Validates a parsed document against the RegisterTaskDefinitionRequest schema.
 * Every problem becomes an {@link Issue} with `source: 'schema'`: unknown keys are warnings (one per key, the path
 * ends with the key), template placeholders where a typed value is expected are `info`, everything else is an error.
 * The schema is built once at module load; a valid document costs one `safeParse`.
 */
export function validateSchema(doc: unknown): Issue[] {
  const result = taskDefinitionSchema.safeParse(doc);
  if (result.success) return [];
  const issues: Issue[] = [];
  for (const zodIssue of result.error.issues) mapIssue(zodIssue, doc, issues);
  return issues;
}

function mapIssue(zodIssue: ZodIssue, doc: unknown, out: Issue[]): void {
  const path = zodIssue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  if (zodIssue.code === 'unrecognized_keys') {
    for (const key of zodIssue.keys) out.push(unknownKeyIssue(path, key));
    return;
  }
  const value = getAtPath(doc, path);
  const subject = subjectOf(path);
  if (value === undefined && isMissing(doc, path)) {
    out.push(error(path, 'schema-required', requiredMessage(path, zodIssue)));
  } else if (typeof value === 'string' && hasPlaceholder(value)) {
    const message =
      `${subject} holds the template placeholder ${showValue(value)}: it is not checked here; ` +
      `make sure the value substituted at deploy time is ${expectationOf(zodIssue)}.`;
    out.push({ path, message, severity: 'info', ruleId: 'placeholder', source: 'schema' });
  } else if (value === null) {
    const message =
      `${subject} is null: register-task-definition does not accept null; ` + `remove the key or give ${expectationOf(zodIssue)}.`;
    out.push(error(path, 'schema-type', message));
  } else {
    out.push(typedIssue(path, zodIssue, value));
  }
}

/** The error for a present, non-null, non-placeholder value, by zod issue code. */
function typedIssue(path: Path, zodIssue: ZodIssue, value: unknown): Issue {
  const subject = subjectOf(path);
  switch (zodIssue.code) {
    case 'invalid_type':
      return error(path, 'schema-type', typeMessage(path, zodIssue.expected, value));
    case 'invalid_value':
      return error(path, 'schema-enum', enumMessage(path, zodIssue.values.map(String), value));
    case 'too_small':
    case 'too_big':
      return error(path, 'schema-range', rangeMessage(path, zodIssue, value));
    case 'invalid_format': {
      const what = value === '' ? 'empty' : `${showValue(value)}, which is not valid`;
      return error(path, 'schema-format', `${subject} is ${what}: use ${zodIssue.message}.`);
    }
    case 'custom': {
      const allowed = allowedValues(zodIssue);
      return allowed
        ? error(path, 'schema-enum', enumMessage(path, allowed, value))
        : error(path, 'schema-format', `${subject} is not valid: ${zodIssue.message}.`);
    }
    default:
      return error(path, 'schema-type', `${subject} is not valid (${zodIssue.message}); correct the value.`);
  }
}

/** The closed value list a refinement carries in `params.enum` (string fields typed `string` by the SDK). */
function allowedValues(zodIssue: z.core.$ZodIssueCustom): readonly string[] | undefined {
  return zodIssue.params?.['enum'] as readonly string[] | undefined;
}

function error(path: Path, ruleId: string, message: string): Issue {
  return { path, message, severity: 'error', ruleId, source: 'schema' };
}

/** True when the last key of `path` is absent from an object that exists. */
function isMissing(doc: unknown, path: Path): boolean {
  if (path.length === 0) return false;
  const parent = getAtPath(doc, path.slice(0, -1));
  const key = String(path[path.length - 1]);
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !Object.hasOwn(parent, key);
}

function unknownKeyIssue(objectPath: Path, key: string): Issue {
  const atTop = objectPath.length === 0;
  let message: string;
  if (atTop && READ_ONLY_FIELDS.has(key)) {
    message =
      `"${key}" at the top level is a read-only field of describe-task-definition output: ` +
      'register-task-definition rejects it; remove it before registering.';
  } else if (atTop && key === 'taskDefinition') {
    message =
      '"taskDefinition" at the top level wraps describe-task-definition output: register-task-definition expects ' +
      'the task definition fields at the top level; unwrap it and drop the read-only fields.';
  } else {
    const suggestion = closestMatch(key, knownKeysAt(objectPath));
    const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
    message =
      `Unknown key "${key}" ${whereIs(objectPath)}: register-task-definition rejects keys it does not know; ` +
      `remove it or check the spelling${hint}.`;
  }
  return { path: [...objectPath, key], message, severity: 'warning', ruleId: 'schema-unknown-key', source: 'schema' };
}

function requiredMessage(path: Path, zodIssue: ZodIssue): string {
  const key = String(path[path.length - 1]);
  const kind = zodIssue.code === 'invalid_type' ? ` (${expectedKind(zodIssue.expected)})` : '';
  return (
    `Required field "${key}" is missing ${whereIs(path.slice(0, -1))}: add it${kind}; ` +
    'register-task-definition rejects the document without it.'
  );
}

function typeMessage(path: Path, expected: string, value: unknown): string {
  const subject = subjectOf(path);
  const numeric = expected === 'number' || expected === 'int';
  if (numeric && typeof value === 'string' && NUMERIC_TEXT.test(value)) {
    return `${subject} must be a number without quotes: write ${value.trim()}, not ${JSON.stringify(value)}.`;
  }
  if (expected === 'boolean' && (value === 'true' || value === 'false')) {
    return `${subject} must be true or false without quotes: write ${value}, not "${value}".`;
  }
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `${subject} must be a string in quotes: write "${String(value)}", not ${String(value)}.`;
  }
  if (expected === 'int' && typeof value === 'number') {
    return `${subject} must be a whole number; ${value} has a fraction: round it.`;
  }
  return `${subject} must be ${expectedKind(expected)}, but it is ${kindOf(value)}: change it to the right type.`;
}

function enumMessage(path: Path, allowed: readonly string[], value: unknown): string {
  const list = allowed.join(', ');
  let hint = '';
  if (typeof value === 'string') {
    const trimmed = value.replace(/^CAP_/i, '').trim();
    const suggestion = closestMatch(trimmed, allowed);
    if (suggestion !== undefined) hint = ` Did you mean "${suggestion}"? Values are case-sensitive.`;
    if (path.length === 1 && path[0] === 'networkMode' && value.toLowerCase() === 'default') {
      hint = ' To get the platform default (bridge on Linux EC2, NAT on Windows), remove networkMode.';
    }
  }
  return `${subjectOf(path)} must be one of ${list}; ${showValue(value)} is not one of them.${hint}`;
}

function rangeMessage(path: Path, zodIssue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, value: unknown): string {
  const subject = subjectOf(path);
  const tooBig = zodIssue.code === 'too_big';
  const bound = Number(tooBig ? zodIssue.maximum : zodIssue.minimum);
  if (zodIssue.origin === 'array') {
    const count = Array.isArray(value) ? value.length : 0;
    if (tooBig) return `${subject} has ${count} entries; at most ${bound} are allowed: remove ${count - bound}.`;
    return bound === 1
      ? `${subject} is empty; at least 1 entry is needed: add one.`
      : `${subject} has ${count} entries; at least ${bound} are needed: add more.`;
  }
  if (zodIssue.origin === 'string') {
    const { min, max } = lengthBoundsAt(path);
    const length = typeof value === 'string' ? value.length : 0;
    return `${subject} must be ${between(min ?? 0, max)} characters long; it has ${length}.`;
  }
  const { min, max } = numberBoundsAt(path);
  const bothBounds = min !== null && max !== null && max < INT32_MAX;
  const range = bothBounds ? `between ${min} and ${max}` : tooBig ? `at most ${bound}` : `at least ${bound}`;
  return `${subject} must be ${range}; ${showValue(value)} is out of range: change it.`;
}

function between(min: number, max: number | null): string {
  return max === null ? `at least ${min}` : `${min} to ${max}`;
}

/** What the schema wanted at an issue, for placeholder notes. */
function expectationOf(zodIssue: ZodIssue): string {
  switch (zodIssue.code) {
    case 'invalid_type':
      return expectedKind(zodIssue.expected);
    case 'invalid_value':
      return `one of ${zodIssue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return zodIssue.message;
    case 'custom': {
      const allowed = allowedValues(zodIssue);
      return allowed ? `one of ${allowed.join(', ')}` : zodIssue.message;
    }
    default:
      return 'valid for this field';
  }
}
