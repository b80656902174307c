/**
 * Container actions of the environment workbench: paste `.env` variables, sort them, move one to secrets.
 * Each is one structural change (one undo step) that the forms re-read.
 */
import type { JsonValue } from '../core/issues';
import { sortByName } from '../core/env-file';
import { applyChanges, type DocumentChange } from './actions';
import { asArray, asObject, selectContainers } from './selectors';
import { useDocumentStore } from './store';

const containerAt = (index: number) => asObject(selectContainers(useDocumentStore.getState().doc)[index]);
const containerPath = (index: number) => ['containerDefinitions', index];

/** Changes that append `items` to the list `key` of container `index` (creating the list when missing). */
function appendChanges(index: number, key: string, items: JsonValue[]): DocumentChange[] {
  const list = containerAt(index)[key];
  const path = [...containerPath(index), key];
  if (!Array.isArray(list)) return [{ kind: 'set', path, value: items }];
  return items.map((item, i) => ({ kind: 'set', path: [...path, list.length + i], value: item }));
}

/** Appends variables (from a pasted `.env`) to the container's environment, in the order given. */
export function appendEnvironment(index: number, variables: readonly { name: string; value: string }[]): boolean {
  if (variables.length === 0) return true;
  return applyChanges(
    appendChanges(
      index,
      'environment',
      variables.map(({ name, value }) => ({ name, value })),
    ),
    'structure',
  );
}

/** Orders the container's environment variables by name (see `sortByName`); nothing happens when already sorted. */
export function sortEnvironment(index: number): boolean {
  const environment = asArray(containerAt(index).environment);
  const named = environment.map((entry) => ({ entry, name: String(asObject(entry).name ?? '') }));
  const sorted = sortByName(named);
  if (sorted.every((item, i) => item === named[i])) return true;
  return applyChanges(
    [
      {
        kind: 'set',
        path: [...containerPath(index), 'environment'],
        value: sorted.map((item) => item.entry),
      },
    ],
    'structure',
  );
}

/**
 * Moves environment variable `row` to the container's secrets as `{ name, valueFrom: '' }`, to be filled
 * with an ARN. Returns the index of the new secret, or `undefined` when the document could not change.
 */
export function moveEnvironmentToSecrets(index: number, row: number): number | undefined {
  const container = containerAt(index);
  const variable = asObject(asArray(container.environment)[row]);
  const name = typeof variable.name === 'string' ? variable.name : '';
  const secretIndex = asArray(container.secrets).length;
  const changes: DocumentChange[] = [
    { kind: 'set', path: [...containerPath(index), 'environment', row], value: undefined },
    ...appendChanges(index, 'secrets', [{ name, valueFrom: '' }]),
  ];
  return applyChanges(changes, 'structure') ? secretIndex : undefined;
}
