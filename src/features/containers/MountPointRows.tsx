import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useShallow } from 'zustand/react/shallow';
import { CheckboxInput } from '../../components/CheckboxInput';
import { FieldGroup, focusWhenRendered } from '../../components/spec-form';
import { containerBasics } from '../../core/field-specs/container';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { selectVolumeNames } from '../../document/selectors';
import { useDocumentStore } from '../../document/store';
import { addListItem, removeListItem } from '../../document/structure-actions';
import type { ContainerValues } from './container-values';

const SPEC = containerBasics.fields.find((field) => field.key === 'mountPoints')!;

interface RowsProps {
  form: UseFormReturn<ContainerValues>;
  formId: string;
  index: number;
}

/** Mount points of one container; the source volume is picked from the task's declared volumes. */
export function MountPointRows({ form, formId, index }: RowsProps) {
  const { fields } = useFieldArray({ control: form.control, name: 'mountPoints' });
  const volumeNames = useDocumentStore(useShallow((s) => selectVolumeNames(s.doc)));
  const options = volumeNames.map((name) => ({ value: name, label: name }));
  const base = ['containerDefinitions', index, 'mountPoints'];
  return (
    <FieldGroup label={SPEC.label} path={base} help={SPEC.help} docs={SPEC.docs} className="rows">
      {() => (
        <>
          {volumeNames.length === 0 ? (
            <p className="field-help">Declare a volume in Volumes first; mount points name one of them.</p>
          ) : null}
          {/* Keyed by position: field ids change on every reset (another container), which would rebuild the rows. */}
          {fields.map((_field, row) => (
            <div role="group" aria-label={`Mount point ${row + 1}`} className="row" key={row}>
              <SelectInput
                form={form}
                formId={formId}
                name={`mountPoints.${row}.sourceVolume`}
                path={[...base, row, 'sourceVolume']}
                label="Source volume"
                options={options}
                emptyLabel="(choose a volume)"
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
