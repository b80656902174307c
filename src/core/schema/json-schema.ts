import { z } from 'zod';
import { taskDefinitionSchema } from './task-definition';

let cached: Record<string, unknown> | undefined;

/**
 * JSON Schema of the register-task-definition input, for Monaco's JSON worker (completion and hover).
 * Draft-07: the JSON language service understands it fully (2019-09/2020-12 only in part). Every shape is inlined
 * (plain `properties`, `items`, `enum`, `description`, `minimum`/`maximum`, `additionalProperties: false`), so no
 * `$ref` resolution is needed. Refinements (health-check command form, port-range order, capability names) have no
 * JSON Schema form; capability names still get an `enum` for completion. Built once, then memoised.
 */
export function taskDefinitionJsonSchema(): Record<string, unknown> {
  cached ??= z.toJSONSchema(taskDefinitionSchema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
    reused: 'inline',
  }) as Record<string, unknown>;
  return cached;
}
