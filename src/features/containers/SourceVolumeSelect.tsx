import type { UseFormReturn } from 'react-hook-form';
import { Field } from '../../components/Field';
import { getAtPath, type Path } from '../../core/paths';
import { setField } from '../../document/actions';
import { useDocumentStore } from '../../document/store';
import type { ContainerValues } from './container-values';

/** The choice that opens the inline "New volume" form instead of naming a volume. */
export const NEW_VOLUME = '\u0000new-volume';

interface SourceVolumeSelectProps {
  form: UseFormReturn<ContainerValues>;
  formId: string;
  row: number;
  path: Path;
  volumeNames: readonly string[];
  onNewVolume: () => void;
}

/** A mount point's source volume: one of the declared volumes, or "New volume…" to declare one here. */
export function SourceVolumeSelect({ form, formId, row, path, volumeNames, onNewVolume }: SourceVolumeSelectProps) {
  const name = `mountPoints.${row}.sourceVolume` as const;
  const registration = form.register(name, {
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      if (value === NEW_VOLUME) {
        // Not a value: put the select back to what the document says and open the form.
        const saved = getAtPath(useDocumentStore.getState().doc, [...path]);
        form.setValue(name, typeof saved === 'string' ? saved : '');
        onNewVolume();
        return;
      }
      setField(path, value === '' ? undefined : value, formId);
    },
  });
  const current = String(form.getValues(name) ?? '');
  const known = current === '' || volumeNames.includes(current);
  return (
    <Field label="Source volume" path={path}>
      {(control) => (
        <select {...control} {...registration} className="input">
          <option value="">(choose a volume)</option>
          {volumeNames.map((volume) => (
            <option key={volume} value={volume}>
              {volume}
            </option>
          ))}
          {/* A value the list does not know (typed in the JSON) stays visible rather than silently changing. */}
          {known ? null : <option value={current}>{current} (not declared)</option>}
          <option value={NEW_VOLUME}>New volume…</option>
        </select>
      )}
    </Field>
  );
}
