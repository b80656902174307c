import { useState } from 'react';
import { asObject, containerLabel, selectContainers, selectMountsOfVolume, selectVolumes } from '../../document/selectors';
import { useDocumentStore } from '../../document/store';
import { addVolume, removeVolume } from '../../document/structure-actions';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusWhenRendered } from '../../components/spec-form';
import { VolumeRow } from './VolumeRow';
import './volumes.css';

/** The task's volumes: add, rename (mount points follow), set the host path, remove (asking when in use). */
export function VolumesPanel() {
  const count = useDocumentStore((s) => selectVolumes(s.doc).length);
  const [pendingRemoval, setPendingRemoval] = useState<{ index: number; name: string; users: string[] } | null>(null);

  const askRemove = (index: number) => {
    const doc = useDocumentStore.getState().doc;
    const name = asObject(selectVolumes(doc)[index]).name;
    const mounts = typeof name === 'string' ? selectMountsOfVolume(doc, name) : [];
    if (mounts.length === 0) return removeVolume(index);
    const containers = selectContainers(doc);
    const users = [...new Set(mounts.map((m) => containerLabel(containers[m.container], m.container)))];
    setPendingRemoval({ index, name: String(name), users });
  };

  return (
    <section className="panel" aria-labelledby="volumes-title" data-anchor="volumes">
      <div className="panel-header">
        <h2 id="volumes-title">Volumes</h2>
        <button
          type="button"
          className="button"
          onClick={() => {
            addVolume();
            // The new volume's name is selected, so typing replaces the generated one.
            focusWhenRendered(`volumes.${count}.name`, { select: true });
          }}
        >
          Add volume
        </button>
      </div>
      {count === 0 ? <p className="field-help">No volumes. Add one to mount it into containers.</p> : null}
      {Array.from({ length: count }, (_, i) => (
        <VolumeRow key={i} index={i} onRemove={() => askRemove(i)} />
      ))}
      {pendingRemoval ? (
        <ConfirmDialog
          title={`Remove volume “${pendingRemoval.name}”?`}
          confirmLabel="Remove volume and its mount points"
          onConfirm={() => {
            removeVolume(pendingRemoval.index);
            setPendingRemoval(null);
          }}
          onCancel={() => setPendingRemoval(null)}
        >
          It is mounted by {pendingRemoval.users.join(', ')}. Removing it also removes those mount points.
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
