import { describe, expect, it } from 'vitest';
import { fromFieldName, getAtPath, isPathPrefix, toFieldName } from './paths';

describe('paths', () => {
  it('turns a path into a dotted field name and back', () => {
    const path = ['containerDefinitions', 0, 'portMappings', 1, 'hostPort'];
    expect(toFieldName(path)).toBe('containerDefinitions.0.portMappings.1.hostPort');
    expect(fromFieldName(toFieldName(path))).toEqual(path);
  });

  it('reads nested values and gives undefined for missing steps', () => {
    const doc = { a: [{ b: 1 }] };
    expect(getAtPath(doc, ['a', 0, 'b'])).toBe(1);
    expect(getAtPath(doc, ['a', 3, 'b'])).toBeUndefined();
  });

  it('recognises ancestors', () => {
    expect(isPathPrefix(['a'], ['a', 0])).toBe(true);
    expect(isPathPrefix(['a', 1], ['a', 0])).toBe(false);
  });
});
