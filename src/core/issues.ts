import type { Path } from './paths';

/** How bad a problem is. `error`: registration would fail; `warning`: it registers but is likely wrong; `info`: worth knowing. */
export type Severity = 'error' | 'warning' | 'info';

/** Where a problem was found: the JSON parser, the zod schema, or an ECS cross-field rule. */
export type IssueSource = 'syntax' | 'schema' | 'rule';

/** One problem in the document, located by path (schema and rules) or by text offset (syntax). */
export interface Issue {
  /** Location in the document. For syntax errors, `[]`. */
  path: Path;
  /** One sentence that names the field and says how to fix it. */
  message: string;
  severity: Severity;
  /** Stable kebab id (`fargate-cpu-memory`, `schema`, `json-syntax`). */
  ruleId: string;
  source: IssueSource;
  /** Text range, set for syntax errors (which have no path). */
  offset?: number;
  length?: number;
}

/** JSON values as parsed from the text. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };
