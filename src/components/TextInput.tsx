import type { FieldValues, Path as FormPath, UseFormReturn } from 'react-hook-form';
import type { Path } from '../core/paths';
import { setField } from '../document/actions';
import { Field } from './Field';
import { fromInputText, type ValueKind } from './form-values';

interface TextInputProps<V extends FieldValues> {
  form: UseFormReturn<V>;
  formId: string;
  /** The react-hook-form field name (relative to the panel's values). */
  name: FormPath<V>;
  /** The JSON path the value is written to. */
  path: Path;
  label: string;
  description?: string;
  kind?: ValueKind;
  emptyAs?: 'remove' | 'empty-string';
  placeholder?: string;
}

/** A text box that commits every keystroke to the document as a minimal JSON edit. */
export function TextInput<V extends FieldValues>({
  form,
  formId,
  name,
  path,
  label,
  description,
  kind = 'text',
  emptyAs,
  placeholder,
}: TextInputProps<V>) {
  const registration = form.register(name, {
    onChange: (event: { target: { value: string } }) => setField(path, fromInputText(event.target.value, kind, emptyAs), formId),
  });
  return (
    <Field label={label} path={path} description={description}>
      {(control) => (
        <input
          {...control}
          {...registration}
          type="text"
          inputMode={kind === 'number' ? 'numeric' : undefined}
          spellCheck={false}
          autoComplete="off"
          placeholder={placeholder}
          className={kind === 'number' ? 'input input-number' : 'input'}
        />
      )}
    </Field>
  );
}
