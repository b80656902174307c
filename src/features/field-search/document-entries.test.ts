import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../core/issues';
import { fieldSearchIndex, searchFields } from '../../core/field-specs';
import { documentSearchEntries } from './document-entries';

const doc: JsonObject = {
  containerDefinitions: [
    { name: 'web', environment: [{ name: 'LOG_LEVEL', value: 'info' }], secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn' }] },
    { name: 'worker', environment: [{ name: 'QUEUE_URL', value: 'x' }, { value: 'no name' }] },
  ],
};

describe('document search entries', () => {
  it('lists each container by name and each named environment and secret variable, with its exact path', () => {
    expect(documentSearchEntries(doc).map((e) => [e.label, e.where, e.target])).toEqual([
      ['web', 'Container', ['containerDefinitions', 0, 'name']],
      ['LOG_LEVEL', 'Container web › Environment', ['containerDefinitions', 0, 'environment', 0, 'name']],
      ['DB_PASSWORD', 'Container web › Secrets', ['containerDefinitions', 0, 'secrets', 0, 'name']],
      ['worker', 'Container', ['containerDefinitions', 1, 'name']],
      ['QUEUE_URL', 'Container worker › Environment', ['containerDefinitions', 1, 'environment', 0, 'name']],
    ]);
  });

  it('finds a container and a variable by a few letters of their names, before the fields', () => {
    const index = [...documentSearchEntries(doc), ...fieldSearchIndex];
    expect(searchFields(index, 'work')[0]).toMatchObject({ label: 'worker', where: 'Container' });
    expect(searchFields(index, 'queue')[0]).toMatchObject({ label: 'QUEUE_URL' });
    expect(searchFields(index, 'db_pass')[0]).toMatchObject({ label: 'DB_PASSWORD', where: 'Container web › Secrets' });
  });
});
