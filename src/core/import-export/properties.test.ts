import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../issues';
import { READ_ONLY_TASK_FIELDS, restoreTaskDefinition, serializeForRegister } from './index';

/** Builds an object with `defineProperty`, so `__proto__` arrives as an ordinary key, as JSON.parse makes it. */
function objectFrom(entries: [string, JsonValue][]): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

const awkwardText = fc.constantFrom(
  '${IMAGE}',
  '<IMAGE1_NAME>',
  '{{ .Image }}',
  '$$$TAG$$$',
  '\ud800',
  'a\udc00b',
  '"quoted"\n\t\\',
  '// not a comment',
  '/* nor this */',
  '256',
  'true',
  '',
);
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }), awkwardText);
const number = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
);
const anyKey = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', '10', 'image'),
);
const extraKey = anyKey.filter((key) => !READ_ONLY_TASK_FIELDS.includes(key) && key !== 'taskDefinition');

/** Free JSON without nulls (the import removes nulls by design). */
const { freeValue } = fc.letrec<{ freeValue: JsonValue }>((tie) => ({
  freeValue: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    number,
    fc.boolean(),
    fc.array(tie('freeValue'), { maxLength: 3 }),
    fc.uniqueArray(fc.tuple(anyKey, tie('freeValue')), { selector: ([key]) => key, maxLength: 3 }).map(objectFrom),
  ),
}));

/** Adds unknown keys and shuffles the key order, so order preservation is really tested. */
function withExtrasShuffled(base: fc.Arbitrary<JsonObject>, keys: fc.Arbitrary<string>): fc.Arbitrary<JsonObject> {
  return fc.tuple(base, fc.uniqueArray(fc.tuple(keys, freeValue), { selector: ([key]) => key, maxLength: 2 })).chain(([object, extras]) => {
    const entries = [...Object.entries(object), ...extras.filter(([key]) => !(key in object))] as [string, JsonValue][];
    return fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }).map(objectFrom);
  });
}

const container = withExtrasShuffled(
  fc.record(
    {
      name: text,
      image: text,
      cpu: fc.oneof(fc.integer({ min: 0, max: 4096 }), text),
      memory: fc.integer({ min: 6, max: 8192 }),
      essential: fc.boolean(),
      portMappings: fc.array(
        fc.record(
          { containerPort: fc.integer({ min: 1, max: 65535 }), protocol: fc.constantFrom('tcp', 'udp') },
          { requiredKeys: [], noNullPrototype: true },
        ),
        {
          maxLength: 2,
        },
      ),
      environment: fc.array(fc.record({ name: text, value: text }, { noNullPrototype: true }), { maxLength: 3 }),
      dockerLabels: fc.uniqueArray(fc.tuple(anyKey, text), { selector: ([key]) => key, maxLength: 3 }).map(objectFrom),
      command: fc.array(text, { maxLength: 3 }),
    },
    { requiredKeys: [], noNullPrototype: true },
  ) as fc.Arbitrary<JsonObject>,
  extraKey,
);

const taskDefinition = withExtrasShuffled(
  fc.record(
    {
      family: text,
      containerDefinitions: fc.array(container, { minLength: 1, maxLength: 3 }),
      networkMode: fc.constantFrom('bridge', 'awsvpc', 'host', 'none'),
      cpu: fc.constantFrom('256', '1 vCPU', '${CPU}'),
      memory: fc.constantFrom('512', '2 GB'),
      requiresCompatibilities: fc.array(fc.constantFrom('EC2', 'FARGATE'), { maxLength: 2 }),
      volumes: fc.array(
        fc.record(
          { name: text, host: fc.record({ sourcePath: text }, { requiredKeys: [], noNullPrototype: true }) },
          { requiredKeys: ['name'], noNullPrototype: true },
        ),
        {
          maxLength: 2,
        },
      ),
      tags: fc.array(fc.record({ key: text, value: text }, { noNullPrototype: true }), { maxLength: 2 }),
    },
    { requiredKeys: ['family', 'containerDefinitions'], noNullPrototype: true },
  ) as fc.Arbitrary<JsonObject>,
  extraKey,
);

describe('serialize then restore', () => {
  it('gives back the same document, with the same key order', () => {
    fc.assert(
      fc.property(taskDefinition, (doc) => {
        const exported = serializeForRegister(doc);
        const result = restoreTaskDefinition(exported);
        if (!result.ok) throw new Error(result.message);
        expect(result.shape).toBe('register-input');
        // Compared as JSON text: that checks values and key order at once, and is not confused by own keys such
        // as "constructor", which vitest's equality reads as the object's class.
        expect(JSON.stringify(result.doc)).toBe(JSON.stringify(doc));
        expect(Object.getPrototypeOf(result.doc)).toBe(Object.prototype);
        expect(result.text).toBe(exported);
      }),
      { numRuns: 150 },
    );
  });
});
