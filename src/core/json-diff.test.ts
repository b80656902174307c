import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffToChanges } from './json-diff';

function apply(root: unknown, changes: ReturnType<typeof diffToChanges>): unknown {
  let result = structuredClone(root);
  for (const { path, value } of changes) {
    if (path.length === 0) {
      result = structuredClone(value);
      continue;
    }
    let node = result as Record<string | number, unknown>;
    for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (value === undefined) delete node[last];
    else node[last] = structuredClone(value);
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

  it('turns any document into any other when its changes are applied in order', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), (before, after) => {
        expect(apply(before, diffToChanges(before, after))).toEqual(after);
      }),
    );
  });
});
