import { useState } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useShallow } from 'zustand/react/shallow';
import { CheckboxInput } from '../../components/CheckboxInput';
import { FieldGroup, focusWhenRendered } from '../../components/spec-form';
import { containerBasics } from '../../core/field-specs/container';
import { TextInput } from '../../components/TextInput';
import { selectVolumeNames } from '../../document/selectors';
import { useDocumentStore } from '../../document/store';
import { addListItem, removeListItem } from '../../document/structure-actions';
import type { ContainerValues } from './container-values';
import { NewVolumeForm } from './NewVolumeForm';
import { SourceVolumeSelect } from './SourceVolumeSelect';

const SPEC = containerBasics.fields.find((field) => field.key === 'mountPoints')!;

interface RowsProps {
  form: UseFormReturn<ContainerValues>;
  formId: string;
  index: number;
}

/**
 * Mount points of one container. The source volume is picked from the task's declared volumes, or declared
 * on the spot with "New volume…" (an inline form under the row, so the user never scrolls away).
 */
export function MountPointRows({ form, formId, index }: RowsProps) {
  const { fields } = useFieldArray({ control: form.control, name: 'mountPoints' });
  const volumeNames = useDocumentStore(useShallow((s) => selectVolumeNames(s.doc)));
  const base = ['containerDefinitions', index, 'mountPoints'];
  // The row whose "New volume…" form is open (with the container it belongs to: a switch closes it).
  const [creating, setCreating] = useState<{ container: number; row: number } | null>(null);
  const closeNewVolume = (row: number) => {
    setCreating(null);
    // Back to the picker, which now names the new volume (or still the old one after Cancel).
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-path="${base.join('.')}.${row}.sourceVolume"]`)?.focus());
  };
  return (
    <FieldGroup label={SPEC.label} path={base} help={SPEC.help} docs={SPEC.docs} className="rows">
      {() => (
        <>
          {volumeNames.length === 0 && fields.length === 0 ? (
            <p className="field-help">Mount points name a volume of the task; pick “New volume…” to declare one here.</p>
          ) : null}
          {/* Keyed by position: field ids change on every reset (another container), which would rebuild the rows. */}
          {fields.map((_field, row) => (
            <div key={row} className="mount-point">
              <div role="group" aria-label={`Mount point ${row + 1}`} className="row">
                <SourceVolumeSelect
                  form={form}
                  formId={formId}
                  row={row}
                  path={[...base, row, 'sourceVolume']}
                  volumeNames={volumeNames}
                  onNewVolume={() => setCreating({ container: index, row })}
                />
                <TextInput
                  form={form}
                  formId={formId}
                  name={`mountPoints.${row}.containerPath`}
                  path={[...base, row, 'containerPath']}
                  label="Container path"
                  placeholder="/data"
                />
                <CheckboxInput
                  form={form}
                  formId={formId}
                  name={`mountPoints.${row}.readOnly`}
                  path={[...base, row, 'readOnly']}
                  label="Read only"
                />
                <button
                  type="button"
                  className="button-icon"
                  onClick={() => removeListItem(base, row)}
                  aria-label={`Remove mount point ${row + 1}`}
                  title="Remove"
                >
                  ✕
                </button>
              </div>
              {creating?.container === index && creating.row === row ? (
                <NewVolumeForm mountPath={[...base, row]} rowLabel={`Mount point ${row + 1}`} onClose={() => closeNewVolume(row)} />
              ) : null}
            </div>
          ))}
          <button
            type="button"
            className="button"
            onClick={() => {
              // The new row's first field takes the focus, so the keyboard user goes on from there.
              if (addListItem(base, { sourceVolume: volumeNames[0] ?? '', containerPath: '' }))
                focusWhenRendered(`${base.join('.')}.${fields.length}.sourceVolume`);
            }}
          >
            Add mount point
          </button>
        </>
      )}
    </FieldGroup>
  );
}
