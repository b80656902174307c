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
      // Own keys only: "constructor" or "__proto__" in a document must not walk into Object.prototype.
      const shape = node.shape as Record<string, z.ZodType>;
      node = Object.hasOwn(shape, segment) ? shape[segment] : undefined;
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
  if (!(node instanceof z.ZodObject)) return [];
  // Cached per schema node: a document with thousands of unknown keys asks for the same list thousands of times.
  let keys = knownKeysByNode.get(node);
  if (!keys) {
    keys = Object.keys(node.shape);
    knownKeysByNode.set(node, keys);
  }
  return keys;
}

const knownKeysByNode = new WeakMap<z.ZodType, string[]>();

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
  let lowered = loweredCandidates.get(candidates);
  if (!lowered) {
    lowered = candidates.map((candidate) => candidate.toLowerCase());
    loweredCandidates.set(candidates, lowered);
  }
  const sameIgnoringCase = lowered.indexOf(lower);
  if (sameIgnoringCase >= 0) return candidates[sameIgnoringCase];
  let best: string | undefined;
  let bestDistance = (value.length <= 4 ? 1 : 2) + 1; // first distance that is too far
  for (let i = 0; i < lowered.length; i++) {
    const candidate = lowered[i] as string;
    // The length difference is a lower bound of the distance: a 60,000-character key is never compared in full.
    if (Math.abs(candidate.length - lower.length) >= bestDistance) continue;
    const distance = editDistance(lower, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidates[i];
      bestDistance = distance;
    }
  }
  return best;
}

const loweredCandidates = new WeakMap<readonly string[], string[]>();

/** Levenshtein distance of two short strings, or `limit` as soon as it is certain to reach it. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}
