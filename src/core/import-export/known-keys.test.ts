import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_URL, renderKnownKeys, type EcsModel } from './generate-known-keys';
import { KNOWN_SHAPES, READ_ONLY_TASK_FIELDS } from './known-keys';

describe('known-keys', () => {
  it('lists the nine read-only fields of describe output', () => {
    expect([...READ_ONLY_TASK_FIELDS].sort()).toEqual(
      [
        'compatibilities',
        'deleteRequestedAt',
        'deregisteredAt',
        'registeredAt',
        'registeredBy',
        'requiresAttributes',
        'revision',
        'status',
        'taskDefinitionArn',
      ].sort(),
    );
  });

  it('knows the container fields and their kinds', () => {
    expect(KNOWN_SHAPES.ContainerDefinition).toMatchObject({ cpu: 'integer', portMappings: 'PortMapping[]', dockerLabels: 'map' });
    expect(KNOWN_SHAPES.RegisterTaskDefinitionRequest).toMatchObject({ cpu: 'string', memory: 'string', tags: 'Tag[]' });
  });

  it('matches what the generator writes from data/aws-model', () => {
    const model = JSON.parse(readFileSync(MODEL_URL, 'utf8')) as EcsModel;
    expect(readFileSync(new URL('./known-keys.ts', import.meta.url), 'utf8')).toBe(renderKnownKeys(model));
  });
});
