import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from './duplicate-keys';
import { TextLocator, toJsonPointer } from './locate';

const text = [
  '{',
  '  "family": "web",',
  '  "containerDefinitions": [',
  '    { "name": "a", "portMappings": [{ "containerPort": 80 }] }',
  '  ]',
  '}',
].join('\n');

describe('TextLocator', () => {
  const locator = new TextLocator(text);

  it('points an object member at its key', () => {
    expect(locator.locate(['family'])).toMatchObject({ line: 2, column: 3, endLine: 2, endColumn: 11, exact: true });
  });

  it('points an array item at the item', () => {
    expect(locator.locate(['containerDefinitions', 0])).toMatchObject({ line: 4, column: 5, exact: true });
  });

  it('falls back to the nearest existing ancestor for a missing field', () => {
    expect(locator.locate(['containerDefinitions', 0, 'portMappings', 0, 'hostPort'])).toMatchObject({ line: 4, column: 37, exact: false });
    expect(locator.locate(['volumes', 0])).toMatchObject({ line: 1, column: 1, exact: false });
  });

  it('counts CRLF and lone CR line breaks as one line each', () => {
    const crlf = new TextLocator(text.replace(/\n/g, '\r\n'));
    expect(crlf.locate(['containerDefinitions'])).toMatchObject({ line: 3, column: 3 });
    expect(new TextLocator('{\r"a": 1}').locate(['a'])).toMatchObject({ line: 2, column: 1 });
  });

  it('locates the last copy of a repeated key, the one parsers keep', () => {
    expect(new TextLocator('{"a": 1,\n"a": 2}').locate(['a'])).toMatchObject({ line: 2, column: 1 });
  });
});

describe('toJsonPointer', () => {
  it('writes RFC 6901 pointers with ~0 and ~1 escapes', () => {
    expect(toJsonPointer([])).toBe('');
    expect(toJsonPointer(['containerDefinitions', 0, 'dockerLabels', 'a/b~c'])).toBe('/containerDefinitions/0/dockerLabels/a~1b~0c');
  });
});

describe('findDuplicateKeys', () => {
  it('finds keys repeated in the same object at any depth', () => {
    const locator = new TextLocator('{"a": {"b": 1, "b": 2}, "c": [{"d": 1, "d": 1}], "e": 1}');
    expect(findDuplicateKeys(locator.tree).map((d) => d.path)).toEqual([
      ['a', 'b'],
      ['c', 0, 'd'],
    ]);
  });
});
