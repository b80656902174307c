import { beforeEach, describe, expect, it } from 'vitest';
import { deepEqual } from '../core/deep-equal';
import { appendEnvironment, moveEnvironmentToSecrets, sortEnvironment } from './container-actions';
import { resetDocumentStore, useDocumentStore } from './store';

const state = () => useDocumentStore.getState();
const container = () => (state().doc.containerDefinitions as Record<string, unknown>[])[0]!;

const TEXT = `{
  "family": "web",
  "containerDefinitions": [
    {
      "name": "app",
      "image": "nginx",
      "environment": [
        { "name": "b", "value": "2" },
        { "name": "DB_PASSWORD", "value": "hunter2" },
        { "name": "A", "value": "1" }
      ]
    },
    { "name": "sidecar", "image": "busybox" }
  ]
}
`;

beforeEach(() => resetDocumentStore(TEXT));

describe('container actions', () => {
  it('appends pasted variables after the existing ones as one structural change', () => {
    const revision = state().lastChange.revision;
    appendEnvironment(0, [
      { name: 'C', value: '3' },
      { name: 'D', value: '' },
    ]);
    expect(container().environment).toEqual([
      { name: 'b', value: '2' },
      { name: 'DB_PASSWORD', value: 'hunter2' },
      { name: 'A', value: '1' },
      { name: 'C', value: '3' },
      { name: 'D', value: '' },
    ]);
    expect(state().lastChange).toMatchObject({ origin: 'structure', revision: revision + 1 });
    expect(deepEqual(state().doc, JSON.parse(state().text))).toBe(true);
  });

  it('creates the environment list of a container that has none', () => {
    appendEnvironment(1, [{ name: 'X', value: 'y' }]);
    expect((state().doc.containerDefinitions as Record<string, unknown>[])[1]!.environment).toEqual([{ name: 'X', value: 'y' }]);
  });

  it('sorts variables by name, case-insensitively, in one change', () => {
    sortEnvironment(0);
    expect((container().environment as { name: string }[]).map((v) => v.name)).toEqual(['A', 'b', 'DB_PASSWORD']);
    expect(state().lastChange.origin).toBe('structure');
  });

  it('leaves the text alone when the variables are already sorted', () => {
    sortEnvironment(0);
    const text = state().text;
    const revision = state().lastChange.revision;
    sortEnvironment(0);
    expect(state().text).toBe(text);
    expect(state().lastChange.revision).toBe(revision);
  });

  it('moves a variable to secrets with an empty valueFrom and reports where it went', () => {
    expect(moveEnvironmentToSecrets(0, 1)).toBe(0);
    expect(container().environment).toEqual([
      { name: 'b', value: '2' },
      { name: 'A', value: '1' },
    ]);
    expect(container().secrets).toEqual([{ name: 'DB_PASSWORD', valueFrom: '' }]);
    expect(moveEnvironmentToSecrets(0, 0)).toBe(1);
    expect(container().secrets).toEqual([
      { name: 'DB_PASSWORD', valueFrom: '' },
      { name: 'b', valueFrom: '' },
    ]);
    expect(deepEqual(state().doc, JSON.parse(state().text))).toBe(true);
  });
});
