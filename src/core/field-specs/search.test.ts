import { describe, expect, it } from 'vitest';
import { fieldSearchIndex, searchFields } from './index';

describe('field search', () => {
  it('finds ulimits by a partial word', () => {
    const paths = searchFields(fieldSearchIndex, 'ulimit').map((entry) => entry.path);
    expect(paths[0]).toBe('containerDefinitions.*.ulimits');
  });

  it('ranks the health check fields first for "health"', () => {
    const results = searchFields(fieldSearchIndex, 'health');
    expect(results[0]!.path).toMatch(/^containerDefinitions\.\*\.healthCheck/);
  });

  it('finds task-level fields with their section in the breadcrumb', () => {
    const [first] = searchFields(fieldSearchIndex, 'ephemeral');
    expect(first).toMatchObject({ path: 'ephemeralStorage', scope: 'task' });
    expect(first!.where).toContain('Task');
  });

  it('requires every word of the query to match', () => {
    expect(searchFields(fieldSearchIndex, 'efs access point').map((entry) => entry.path)).toContain(
      'volumes.*.efsVolumeConfiguration.authorizationConfig.accessPointId',
    );
    expect(searchFields(fieldSearchIndex, 'zzzz nothing')).toEqual([]);
  });

  it('indexes list item fields with a * for the index', () => {
    expect(fieldSearchIndex.some((entry) => entry.path === 'tags.*.key')).toBe(true);
  });
});
