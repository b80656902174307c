import type { FieldValues, Path as FormPath, UseFormReturn } from 'react-hook-form';
import type { Path } from '../core/paths';
import { setField } from '../document/actions';
import { Field } from './Field';

interface CheckboxInputProps<V extends FieldValues> {
  form: UseFormReturn<V>;
  formId: string;
  name: FormPath<V>;
  path: Path;
  label: string;
  description?: string;
}

/** A checkbox that writes `true` or `false` to the document. */
export function CheckboxInput<V extends FieldValues>({ form, formId, name, path, label, description }: CheckboxInputProps<V>) {
  const registration = form.register(name, {
    onChange: (event: { target: { checked: boolean } }) => setField(path, event.target.checked, formId),
  });
  return (
    <Field label={label} path={path} description={description} inline>
      {(control) => <input {...control} {...registration} type="checkbox" />}
    </Field>
  );
}
