/**
 * Structural actions: add, duplicate, remove and move containers, volumes and list rows.
 * Each is one change of the document (origin `structure`), so the forms re-read it.
 */
import type { JsonObject, JsonValue } from '../core/issues';
import { getAtPath, type Path } from '../core/paths';
import { applyChanges, selectContainer, type DocumentChange } from './actions';
import { asObject, selectContainers, selectMountsOfVolume, selectVolumes } from './selectors';
import { useDocumentStore } from './store';

const doc = () => useDocumentStore.getState().doc;

/** A name not yet used in `taken`: `base`, else `base-2`, `base-3`, … */
export function uniqueName(base: string, taken: readonly unknown[]): string {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}

const containerNames = () => selectContainers(doc()).map((c) => asObject(c).name);

/** Appends a row to the list at `path` (creating the list when missing). */
export function addListItem(path: Path, item: JsonValue): boolean {
  const list = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], doc());
  const index = Array.isArray(list) ? list.length : 0;
  return applyChanges(
    [Array.isArray(list) ? { kind: 'set', path: [...path, index], value: item } : { kind: 'set', path, value: [item] }],
    'structure',
  );
}

/** Removes row `index` of the list at `path`. */
export function removeListItem(path: Path, index: number): boolean {
  return applyChanges([{ kind: 'set', path: [...path, index], value: undefined }], 'structure');
}

/**
 * Removes a row of an optional list of values (links, DNS servers …); removing the last one removes the list, since
 * an empty one means nothing to ECS and some rules (links outside bridge mode) would still see it.
 */
export function removeValueListItem(path: Path, index: number): boolean {
  const list = getAtPath(doc(), path);
  if (Array.isArray(list) && list.length === 1 && index === 0) return applyChanges([{ kind: 'set', path, value: undefined }], 'structure');
  return removeListItem(path, index);
}

export function addContainer(): void {
  const name = uniqueName('container', containerNames());
  const index = selectContainers(doc()).length;
  if (addListItem(['containerDefinitions'], { name, image: '', essential: true })) selectContainer(index);
}

export function duplicateContainer(index: number): void {
  const original = asObject(selectContainers(doc())[index]);
  const base = typeof original.name === 'string' && original.name !== '' ? `${original.name}-copy` : 'container';
  const copy: JsonObject = { ...structuredClone(original), name: uniqueName(base, containerNames()) };
  const change: DocumentChange = { kind: 'insert', path: ['containerDefinitions'], index: index + 1, value: copy };
  if (applyChanges([change], 'structure')) selectContainer(index + 1);
}

export function removeContainer(index: number): void {
  if (!removeListItem(['containerDefinitions'], index)) return;
  const count = selectContainers(doc()).length;
  const selected = useDocumentStore.getState().selectedContainer;
  if (selected >= count || selected > index) selectContainer(Math.max(0, Math.min(count - 1, selected - 1)));
}

/** Moves container `index` one place up (-1) or down (+1), keeping it selected. */
export function moveContainer(index: number, direction: -1 | 1): void {
  const containers = selectContainers(doc());
  const target = index + direction;
  if (target < 0 || target >= containers.length) return;
  const moved = containers[index];
  const changes: DocumentChange[] = [
    { kind: 'set', path: ['containerDefinitions', index], value: undefined },
    { kind: 'insert', path: ['containerDefinitions'], index: target, value: moved },
  ];
  if (applyChanges(changes, 'structure')) selectContainer(target);
}

export function addVolume(): void {
  const names = selectVolumes(doc()).map((v) => asObject(v).name);
  addListItem(['volumes'], { name: uniqueName('volume', names), host: {} });
}

/** Removes volume `index` and the mount points that name it (the UI asks first when there are any). */
export function removeVolume(index: number): void {
  const name = asObject(selectVolumes(doc())[index]).name;
  const mounts = typeof name === 'string' ? selectMountsOfVolume(doc(), name) : [];
  // Remove later mounts first so earlier indexes stay valid.
  const changes: DocumentChange[] = mounts
    .slice()
    .reverse()
    .map(({ container, mount }) => ({ kind: 'set', path: ['containerDefinitions', container, 'mountPoints', mount], value: undefined }));
  changes.push({ kind: 'set', path: ['volumes', index], value: undefined });
  applyChanges(changes, 'structure');
}

/**
 * Renames volume `index` and points the given mount points at the new name. The caller captures which
 * mount points used the volume when the rename began, so typing through a name that another volume has
 * never captures that volume's mount points.
 */
export function renameVolume(index: number, name: string, mounts: readonly { container: number; mount: number }[], formId?: string): void {
  const changes: DocumentChange[] = [{ kind: 'set', path: ['volumes', index, 'name'], value: name }];
  for (const { container, mount } of mounts) {
    changes.push({ kind: 'set', path: ['containerDefinitions', container, 'mountPoints', mount, 'sourceVolume'], value: name });
  }
  applyChanges(changes, 'form', formId);
}
