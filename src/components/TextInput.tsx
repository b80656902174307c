import type { FieldValues, Path as FormPath, UseFormReturn } from 'react-hook-form';
import type { Path } from '../core/paths';
import { setField } from '../document/actions';
import type { FieldApplicabilityState } from '../document/use-applicability';
import type { FieldState } from '../document/use-field-state';
import { Field } from './Field';
import { fromInputText, type ValueKind } from './form-values';

export interface TextInputProps<V extends FieldValues> {
  form: UseFormReturn<V>;
  formId: string;
  /** The react-hook-form field name (relative to the panel's values). */
  name: FormPath<V>;
  /** The JSON path the value is written to. */
  path: Path;
  label: string;
  description?: string;
  /** API reference link shown with the help line. */
  docs?: string;
  kind?: ValueKind;
  emptyAs?: 'remove' | 'empty-string';
  placeholder?: string;
  /** Dense rows: the help becomes the label's tooltip (and stays for screen readers). */
  compact?: boolean;
  /** Overrides the applicability note computed for `path`. */
  applicability?: FieldApplicabilityState;
  /** Issues and applicability computed by a parent list (one subscription for all rows). */
  state?: FieldState;
}

/** A text box that commits every keystroke to the document as a minimal JSON edit. */
export function TextInput<V extends FieldValues>({
  form,
  formId,
  name,
  path,
  label,
  description,
  docs,
  kind = 'text',
  emptyAs,
  placeholder,
  compact,
  applicability,
  state,
}: TextInputProps<V>) {
  const registration = form.register(name, {
    onChange: (event: { target: { value: string } }) => setField(path, fromInputText(event.target.value, kind, emptyAs), formId),
  });
  return (
    <Field label={label} path={path} description={description} docs={docs} compact={compact} applicability={applicability} state={state}>
      {(control) => (
        <input
          {...control}
          {...registration}
          type="text"
          inputMode={kind === 'number' ? 'numeric' : undefined}
          spellCheck={false}
          autoComplete="off"
          placeholder={placeholder}
          className={kind === 'number' ? 'input input-number' : kind === 'shell' ? 'input input-code' : 'input'}
        />
      )}
    </Field>
  );
}
