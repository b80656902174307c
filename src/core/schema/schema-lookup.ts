import { z } from 'zod';
import type { Path } from '../paths';
import { taskDefinitionSchema } from './task-definition';

/**
 * Walks `taskDefinitionSchema` along a document path, to enrich issue messages (allowed keys, numeric bounds).
 * Used only for documents that have issues, so it never slows the valid path.
 */
export function schemaAt(path: Path): z.ZodType | undefined {
  let node: z.ZodType | undefined = unwrap(taskDefinitionSchema);
  for (const segment of path) {
    if (node instanceof z.ZodObject && typeof segment === 'string') {
      node = (node.shape as Record<string, z.ZodType>)[segment];
    } else if (node instanceof z.ZodArray && typeof segment === 'number') {
      node = node.element as z.ZodType;
    } else if (node instanceof z.ZodRecord && typeof segment === 'string') {
      node = node.valueType as z.ZodType;
    } else {
      return undefined;
    }
    node = node && unwrap(node);
  }
  return node;
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;
}

/** Keys the object schema at `path` allows, or `[]` when `path` is not an object. */
export function knownKeysAt(path: Path): string[] {
  const node = schemaAt(path);
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/** Inclusive numeric bounds of the number schema at `path` (null where unbounded). */
export function numberBoundsAt(path: Path): { min: number | null; max: number | null } {
  const node = schemaAt(path);
  return node instanceof z.ZodNumber ? { min: node.minValue, max: node.maxValue } : { min: null, max: null };
}

/** Inclusive length bounds of the string schema at `path`. */
export function lengthBoundsAt(path: Path): { min: number | null; max: number | null } {
  const node = schemaAt(path);
  return node instanceof z.ZodString ? { min: node.minLength, max: node.maxLength } : { min: null, max: null };
}

/** The closest candidate (case-insensitive equality, else edit distance ≤ 2), for "did you mean" hints. */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  const sameIgnoringCase = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameIgnoringCase !== undefined) return sameIgnoringCase;
  let best: string | undefined;
  let bestDistance = (value.length <= 4 ? 1 : 2) + 1; // first distance that is too far
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance (small strings only: keys and enum members). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
