import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../issues';
import { getAtPath, type Path } from '../paths';
import { applyTextEdits, insertArrayElement, lineColumnAt, parseJsonText, parseJsonTree, rangeOfPath, setValueAtPath } from './json-text';

const key = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,7}$/);
const leaf = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null));
const { doc: arbitraryDoc } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('doc')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  doc: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
}));

/** Every path to an existing value, including containers. */
function existingPaths(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...existingPaths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths.push(...existingPaths(v, [...prefix, k]));
  return paths;
}

function setIn(root: JsonValue, path: Path, value: JsonValue): JsonValue {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, JsonValue>;
  path.slice(0, -1).forEach((segment) => (node = node[segment] as Record<string | number, JsonValue>));
  node[path[path.length - 1]!] = value;
  return copy;
}

const formats = fc.constantFrom<string | number>(2, 4, '\t');

describe('setValueAtPath', () => {
  it('gives text that parses to the document with only that value changed, and leaves all text outside the value byte-identical', () => {
    fc.assert(
      fc.property(arbitraryDoc, formats, leaf, fc.nat(), (doc, indent, value, pick) => {
        const text = JSON.stringify(doc, null, indent);
        const paths = existingPaths(doc).filter((p) => p.length > 0);
        fc.pre(paths.length > 0);
        const path = paths[pick % paths.length]!;
        const before = rangeOfPath(parseJsonTree(text), path)!;
        const next = applyTextEdits(text, setValueAtPath(text, path, value));

        expect(parseJsonText(next).value).toEqual(setIn(doc as JsonValue, path, value));
        expect(next.slice(0, before.offset)).toBe(text.slice(0, before.offset));
        const suffix = text.length - (before.offset + before.length);
        expect(next.slice(next.length - suffix)).toBe(text.slice(text.length - suffix));
      }),
      { numRuns: 300 },
    );
  });

  it('removes any value, in compact or indented text, giving text that parses to the document without it', () => {
    // jsonc-parser's own removal of a last array element broke compact text (`["db""]`); this guards our fix.
    const without = (root: JsonValue, path: Path): JsonValue => {
      const copy = structuredClone(root);
      let node = copy as Record<string | number, JsonValue>;
      path.slice(0, -1).forEach((segment) => (node = node[segment] as Record<string | number, JsonValue>));
      const last = path[path.length - 1]!;
      if (Array.isArray(node)) node.splice(last as number, 1);
      else delete node[last];
      return copy;
    };
    fc.assert(
      fc.property(arbitraryDoc, fc.constantFrom<string | number | undefined>(undefined, 2, '\t'), fc.nat(), (doc, indent, pick) => {
        const text = JSON.stringify(doc, null, indent);
        const paths = existingPaths(doc).filter((p) => p.length > 0);
        fc.pre(paths.length > 0);
        const path = paths[pick % paths.length]!;
        const next = applyTextEdits(text, setValueAtPath(text, path, undefined));
        expect(parseJsonText(next).value).toEqual(without(doc as JsonValue, path));
      }),
      { numRuns: 500 },
    );
  });

  it('removes the last of several array elements in compact text without breaking it', () => {
    const text = '{"links":["db","cache"]}';
    expect(applyTextEdits(text, setValueAtPath(text, ['links', 1], undefined))).toBe('{"links":["db"]}');
  });

  it('adds a missing property without touching the text before its parent object closes', () => {
    fc.assert(
      fc.property(arbitraryDoc, formats, key, leaf, (doc, indent, newKey, value) => {
        fc.pre(!(newKey in doc));
        const text = JSON.stringify(doc, null, indent);
        const next = applyTextEdits(text, setValueAtPath(text, [newKey], value));
        expect(parseJsonText(next).value).toEqual({ ...doc, [newKey]: value });
        const lastBrace = text.lastIndexOf('}');
        // Everything up to the last existing member is kept as it was.
        const keptPrefix = text.slice(0, lastBrace).trimEnd();
        expect(next.startsWith(keptPrefix)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the user formatting, key order and unknown keys when a form changes one value', () => {
    const text = '{\n    "family":"web",  "xUnknown": 1,\n    "containerDefinitions": [ { "name": "a", "memory": 128 } ]\n}';
    const next = applyTextEdits(text, setValueAtPath(text, ['containerDefinitions', 0, 'memory'], 256));
    expect(next).toBe(text.replace('128', '256'));
  });

  it('removes a value when given undefined', () => {
    const text = '{\n  "a": 1,\n  "b": 2\n}';
    const next = applyTextEdits(text, setValueAtPath(text, ['a'], undefined));
    expect(JSON.parse(next)).toEqual({ b: 2 });
  });

  it('inserts an array element at an index, shifting later ones', () => {
    const text = '{"list": [1, 3]}';
    const next = applyTextEdits(text, insertArrayElement(text, ['list'], 1, 2));
    expect(JSON.parse(next)).toEqual({ list: [1, 2, 3] });
  });

  it('creates missing parent objects and arrays', () => {
    const text = '{\n  "family": "x"\n}';
    const next = applyTextEdits(text, setValueAtPath(text, ['runtimePlatform', 'cpuArchitecture'], 'ARM64'));
    expect(getAtPath(JSON.parse(next), ['runtimePlatform', 'cpuArchitecture'])).toBe('ARM64');
  });
});

describe('parseJsonText', () => {
  it('reports a syntax error with its line and column', () => {
    const { value, errors } = parseJsonText('{\n  "family": "x",\n  "cpu": \n}');
    expect(value).toBeUndefined();
    expect(errors[0]?.message).toMatch(/^JSON syntax error at line 4, column 1: a value is expected\.$/);
  });

  it('rejects comments and trailing commas, which register-task-definition does not take', () => {
    expect(parseJsonText('{"a": 1, // c\n}').errors.length).toBeGreaterThan(0);
    expect(parseJsonText('{"a": 1,}').errors.length).toBeGreaterThan(0);
  });

  it('rejects empty text', () => {
    expect(parseJsonText('').errors.length).toBeGreaterThan(0);
  });
});

describe('rangeOfPath', () => {
  it('points a missing property at its nearest existing ancestor', () => {
    const text = '{"containerDefinitions": [{"name": "a"}]}';
    const range = rangeOfPath(parseJsonTree(text), ['containerDefinitions', 0, 'image'])!;
    expect(range.exact).toBe(false);
    expect(text.slice(range.offset, range.offset + range.length)).toBe('{"name": "a"}');
  });

  it('gives the key range of a property', () => {
    const text = '{"family": "x"}';
    const range = rangeOfPath(parseJsonTree(text), ['family'])!;
    expect(text.slice(range.keyOffset, range.keyOffset! + range.keyLength!)).toBe('"family"');
  });
});

describe('lineColumnAt', () => {
  it('counts lines and columns from one', () => {
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
