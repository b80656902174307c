import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffToChanges } from './json-diff';

/** A deep copy that keeps `__proto__` as an ordinary own key (as JSON.parse does) and -0 as -0. */
function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (value === null || typeof value !== 'object') return value;
  const copy = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(copy, key, { value: clone(item), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

function apply(root: unknown, changes: ReturnType<typeof diffToChanges>): unknown {
  let result = clone(root);
  for (const { path, value } of changes) {
    if (path.length === 0) {
      result = clone(value);
      continue;
    }
    let node = result as Record<string | number, unknown>;
    for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (value === undefined) delete node[last];
    else Object.defineProperty(node, last, { value: clone(value), enumerable: true, writable: true, configurable: true });
  }
  return result;
}

describe('diffToChanges', () => {
  it('gives only the values that differ', () => {
    const before = { family: 'a', containerDefinitions: [{ name: 'x', environment: [{ name: 'P', value: '1' }] }] };
    const after = { family: 'a', containerDefinitions: [{ name: 'x', environment: [], secrets: [{ name: 'P', valueFrom: 'arn' }] }] };
    expect(diffToChanges(before, after)).toEqual([
      { path: ['containerDefinitions', 0, 'environment'], value: [] },
      { path: ['containerDefinitions', 0, 'secrets'], value: [{ name: 'P', valueFrom: 'arn' }] },
    ]);
  });

  it('handles a __proto__ key as an ordinary key', () => {
    const before = JSON.parse('{"__proto__": {"a": 1}, "b": 2}') as unknown;
    const after = JSON.parse('{"__proto__": {"a": 2}, "b": 2}') as unknown;
    expect(diffToChanges(before, after)).toEqual([{ path: ['__proto__', 'a'], value: 2 }]);
  });

  it('turns any document into any other when its changes are applied in order', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), (before, after) => {
        expect(apply(before, diffToChanges(before, after))).toEqual(after);
      }),
      { numRuns: 300 },
    );
  });
});
