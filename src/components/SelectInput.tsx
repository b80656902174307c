import type { FieldValues, Path as FormPath, UseFormReturn } from 'react-hook-form';
import type { Path } from '../core/paths';
import { setField } from '../document/actions';
import { Field } from './Field';

interface SelectInputProps<V extends FieldValues> {
  form: UseFormReturn<V>;
  formId: string;
  name: FormPath<V>;
  path: Path;
  label: string;
  description?: string;
  /** The choices; the empty value means "not set" and removes the key. */
  options: readonly { value: string; label: string }[];
  emptyLabel?: string;
}

/** A drop-down whose empty choice removes the key from the document. */
export function SelectInput<V extends FieldValues>({
  form,
  formId,
  name,
  path,
  label,
  description,
  options,
  emptyLabel = '(not set)',
}: SelectInputProps<V>) {
  const registration = form.register(name, {
    onChange: (event: { target: { value: string } }) => setField(path, event.target.value === '' ? undefined : event.target.value, formId),
  });
  const current = form.getValues(name) as string;
  const known = current === '' || options.some((option) => option.value === current);
  return (
    <Field label={label} path={path} description={description}>
      {(control) => (
        <select {...control} {...registration} className="input">
          <option value="">{emptyLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {/* A value the list does not know (typed in the JSON) stays visible rather than silently changing. */}
          {known ? null : <option value={current}>{current} (not in the list)</option>}
        </select>
      )}
    </Field>
  );
}
