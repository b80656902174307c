import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { completeTaskDefinition, minimalTaskDefinition } from './fixtures';
import { taskDefinitionJsonSchema } from './json-schema';

type JsonSchemaNode = {
  type?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  additionalProperties?: boolean | JsonSchemaNode;
  description?: string;
};

/** Every object node of the schema tree with its dotted location. */
function objectNodes(node: JsonSchemaNode, at = '$'): [string, JsonSchemaNode][] {
  const own: [string, JsonSchemaNode][] = node.properties ? [[at, node]] : [];
  const children = Object.entries(node.properties ?? {}).flatMap(([key, child]) => objectNodes(child, `${at}.${key}`));
  const items = node.items ? objectNodes(node.items, `${at}[]`) : [];
  return [...own, ...children, ...items];
}

describe('taskDefinitionJsonSchema', () => {
  const schema = taskDefinitionJsonSchema() as JsonSchemaNode & Record<string, unknown>;

  it('returns the same memoised object on every call', () => {
    expect(taskDefinitionJsonSchema()).toBe(schema);
  });

  it('is draft-07 with every shape inlined (no $ref to resolve)', () => {
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(JSON.stringify(schema)).not.toContain('"$ref"');
  });

  it('closes every object with additionalProperties false and describes every property', () => {
    const nodes = objectNodes(schema);
    expect(nodes.length).toBeGreaterThan(30);
    for (const [at, node] of nodes) {
      expect(node.additionalProperties, at).toBe(false);
      for (const [key, property] of Object.entries(node.properties ?? {})) {
        expect(property.description, `${at}.${key}`).toMatch(/\S/);
      }
    }
  });

  it('lists enum values, ranges and required members for completion and hover', () => {
    const container = (schema.properties?.['containerDefinitions']?.items ?? {}) as Record<string, unknown> & JsonSchemaNode;
    expect(schema.properties?.['networkMode']).toMatchObject({ enum: ['bridge', 'host', 'awsvpc', 'none'] });
    expect(schema.properties?.['containerDefinitions']).toMatchObject({ minItems: 1, maxItems: 10 });
    expect(schema['required']).toEqual(['family', 'containerDefinitions']);
    expect(container.properties?.['healthCheck']?.properties?.['interval']).toMatchObject({ type: 'integer', minimum: 5, maximum: 300 });
    expect(JSON.stringify(container.properties?.['linuxParameters'])).toContain('"SYS_PTRACE"');
  });

  it('agrees with the zod schema on valid and invalid documents (checked with Ajv)', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(minimalTaskDefinition)).toBe(true);
    expect(validate(completeTaskDefinition), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...minimalTaskDefinition, revision: 1 })).toBe(false);
    expect(validate({ ...minimalTaskDefinition, ephemeralStorage: { sizeInGiB: 10 } })).toBe(false);
  });
});
