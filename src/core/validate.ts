import type { Issue, Severity } from './issues';
import { getAtPath, isPathPrefix, pathsEqual, type Path } from './paths';
import { INTERNAL_ERROR_RULE_ID, runRules } from './rules/index';
import { validateSchema } from './schema/validate-schema';
import { boundForValidation } from './validation-bounds';

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/**
 * All problems of a parsed document: schema issues (types, enums, ranges, unknown keys) and ECS rule issues
 * (cross-field checks and advice), without duplicates, in document order. Never throws: on a defect of ours the
 * result is one `internal-error` warning.
 */
export function validateDocument(doc: unknown): Issue[] {
  try {
    // Lists past MAX_CHECKED_ITEMS are checked up to it (one warning says so): time and memory stay bounded.
    const { view, notes } = boundForValidation(doc);
    const schemaIssues = [...notes, ...validateSchema(view)];
    const ruleIssues = runRules(view);
    const kept = dedupe(schemaIssues, ruleIssues, view);
    return sortIssues(kept, view);
  } catch (error) {
    // Whatever the input, the caller gets issues, not an exception (the editor and the CLI must keep running).
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return [
      {
        path: [],
        message: `The document could not be checked (${reason}); this is a bug in the validator, please report it.`,
        severity: 'warning',
        ruleId: INTERNAL_ERROR_RULE_ID,
        source: 'schema',
      },
    ];
  }
}

/**
 * True when a rule issue restates a schema issue ("the same problem at the same path"):
 * - the schema already reports a problem at least as severe at the same path (once the value has the right type and
 *   range, the rule runs again and reports what is left), or
 * - the rule reports a missing field at the parent object and the schema reports that field as missing.
 */
function restates(rule: Issue, schema: Issue, doc: unknown): boolean {
  if (RANK[schema.severity] < RANK[rule.severity]) return false;
  if (pathsEqual(rule.path, schema.path)) return true;
  if (schema.path.length !== rule.path.length + 1 || !isPathPrefix(rule.path, schema.path)) return false;
  const key = schema.path[schema.path.length - 1];
  if (typeof key !== 'string' || !rule.message.includes(`"${key}"`)) return false;
  const value = getAtPath(doc, schema.path);
  return value === undefined || value === null || value === '';
}

/** Keeps every schema issue and the rule issues that add something; exact repeats are dropped too. */
function dedupe(schemaIssues: Issue[], ruleIssues: Issue[], doc: unknown): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  const push = (found: Issue) => {
    const key = `${JSON.stringify(found.path)}\u0000${found.severity}\u0000${found.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(found);
  };
  // Index schema issues by the serialized path of themselves and of their parent, for O(1) look-ups.
  const byPath = new Map<string, Issue[]>();
  const index = (path: Path, found: Issue) => {
    const key = JSON.stringify(path);
    const list = byPath.get(key);
    if (list) list.push(found);
    else byPath.set(key, [found]);
  };
  for (const found of schemaIssues) {
    push(found);
    index(found.path, found);
    if (found.path.length > 0) index(found.path.slice(0, -1), found);
  }
  for (const found of ruleIssues) {
    const candidates = byPath.get(JSON.stringify(found.path));
    if (candidates?.some((s) => restates(found, s, doc))) continue;
    push(found);
  }
  return out;
}

/**
 * Orders issues as their locations appear in the document: object members in key order, array items by index,
 * a parent before its children; at one location errors come first, then warnings and infos.
 */
export function sortIssues(issues: Issue[], doc: unknown): Issue[] {
  const keyOrder = new Map<object, Map<string, number>>();
  const positionOf = (parent: unknown, key: string): number => {
    if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return Number.MAX_SAFE_INTEGER;
    let order = keyOrder.get(parent);
    if (!order) {
      order = new Map(Object.keys(parent).map((k, i) => [k, i]));
      keyOrder.set(parent, order);
    }
    return order.get(key) ?? Number.MAX_SAFE_INTEGER;
  };
  // Each issue's place is computed once (a walk down its path), not in every comparison: sorting 100,000 issues
  // then costs n log n cheap comparisons instead of n log n walks through the document.
  const keyed = issues.map((found, i) => {
    const positions: number[] = [];
    let parent: unknown = doc;
    for (const segment of found.path) {
      positions.push(typeof segment === 'number' ? segment : positionOf(parent, segment));
      parent = parent !== null && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[segment] : undefined;
    }
    return { found, i, positions };
  });
  const compare = (a: (typeof keyed)[number], b: (typeof keyed)[number]): number => {
    const n = Math.min(a.positions.length, b.positions.length);
    for (let i = 0; i < n; i++) {
      const x = a.found.path[i] as string | number;
      const y = b.found.path[i] as string | number;
      if (x !== y) {
        if (typeof x === 'number' && typeof y === 'number') return x - y;
        if (typeof x === 'number') return -1;
        if (typeof y === 'number') return 1;
        const byDoc = (a.positions[i] as number) - (b.positions[i] as number);
        return byDoc !== 0 ? byDoc : x < y ? -1 : 1;
      }
    }
    if (a.found.path.length !== b.found.path.length) return a.found.path.length - b.found.path.length;
    return RANK[b.found.severity] - RANK[a.found.severity] || a.i - b.i;
  };
  return keyed.sort(compare).map((p) => p.found);
}

/** How many issues of each severity, e.g. for a status bar or the CLI summary. */
export function countBySeverity(issues: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const found of issues) counts[found.severity]++;
  return counts;
}
