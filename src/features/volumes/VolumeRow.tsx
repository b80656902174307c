import { useCallback, useRef } from 'react';
import { Field } from '../../components/Field';
import { apiDocs } from '../../core/field-specs/docs';
import { volumeKindOf, volumeNameField } from '../../core/field-specs/volume';
import type { JsonObject } from '../../core/issues';
import { asObject, selectMountsOfVolume, selectVolumes } from '../../document/selectors';
import { useDocumentStore } from '../../document/store';
import { renameVolume } from '../../document/structure-actions';
import { useDocumentForm } from '../../document/use-document-form';
import { VolumeConfig } from './VolumeConfig';
import { VolumeKindSelect } from './VolumeKindSelect';
import { toVolumeValues } from './volume-values';

type MountPlaces = { container: number; mount: number }[];

/** One volume: its name (renaming moves the mount points that use it), its type and that type's settings. */
export function VolumeRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const formId = `volume-${index}`;
  const toValues = useCallback((doc: JsonObject) => toVolumeValues(doc, index), [index]);
  const form = useDocumentForm(formId, toValues);
  const kind = useDocumentStore((s) => volumeKindOf(asObject(selectVolumes(s.doc)[index])));
  // The mount points that used this volume when the rename began: they follow every keystroke, and
  // typing through another volume's name on the way never captures that volume's mount points.
  const renaming = useRef<MountPlaces | null>(null);
  const mountsNow = () => selectMountsOfVolume(useDocumentStore.getState().doc, form.getValues('name'));
  const registration = form.register('name', {
    onChange: (event: { target: { value: string } }) => {
      renaming.current ??= mountsNow();
      renameVolume(index, event.target.value, renaming.current, formId);
    },
    onBlur: () => {
      renaming.current = null;
    },
  });
  const name = form.watch('name');
  return (
    <div role="group" aria-label={`Volume ${name || index + 1}`} className="volume-card" data-anchor={`volumes.${index}`}>
      <div className="volume-card-head">
        <Field label="Volume name" path={['volumes', index, 'name']} description={volumeNameField.help} docs={apiDocs('Volume')}>
          {(control) => (
            <input
              {...control}
              {...registration}
              onFocus={() => (renaming.current = mountsNow())}
              className="input"
              type="text"
              spellCheck={false}
              autoComplete="off"
            />
          )}
        </Field>
        <VolumeKindSelect index={index} kind={kind} />
        <button
          type="button"
          className="button-icon volume-remove"
          aria-label={`Remove volume ${name || index + 1}`}
          title="Remove"
          onClick={onRemove}
        >
          ✕
        </button>
      </div>
      <VolumeConfig key={kind.id} index={index} kind={kind} />
    </div>
  );
}
