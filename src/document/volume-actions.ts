import type { JsonObject } from '../core/issues';
import type { Path } from '../core/paths';
import { applyChanges, type DocumentChange } from './actions';
import { selectVolumes } from './selectors';
import { useDocumentStore } from './store';

/**
 * Declares `volume` (appended to the task's volumes, creating the list when there is none) and points the
 * mount point at `mountPath` to it, as one undoable change: "New volume…" in a mount point's source picker.
 */
export function declareVolumeForMount(mountPath: Path, volume: JsonObject & { name: string }): boolean {
  const { doc } = useDocumentStore.getState();
  const count = selectVolumes(doc).length;
  const changes: DocumentChange[] = [
    Array.isArray(doc.volumes)
      ? { kind: 'set', path: ['volumes', count], value: volume }
      : { kind: 'set', path: ['volumes'], value: [volume] },
    { kind: 'set', path: [...mountPath, 'sourceVolume'], value: volume.name },
  ];
  return applyChanges(changes, 'structure');
}
