import { volumeKinds, type VolumeKind } from '../../core/field-specs/volume';
import { applyChanges, type DocumentChange } from '../../document/actions';
import { asObject, selectVolumes } from '../../document/selectors';
import { useDocumentStore } from '../../document/store';

/**
 * Turns volume `index` into another kind: removes the other kinds' configuration and writes the new one's
 * initial value, as one undoable change. The name and unknown keys stay.
 */
export function changeVolumeKind(index: number, kind: VolumeKind): void {
  const volume = asObject(selectVolumes(useDocumentStore.getState().doc)[index]);
  const changes: DocumentChange[] = volumeKinds
    .filter((other) => other.key !== kind.key && volume[other.key] !== undefined)
    .map((other) => ({ kind: 'set', path: ['volumes', index, other.key], value: undefined }));
  if (volume[kind.key] === undefined) changes.push({ kind: 'set', path: ['volumes', index, kind.key], value: kind.initial });
  applyChanges(changes, 'structure');
}
