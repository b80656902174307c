import type { FieldValues, Path as FormPath, UseFormReturn } from 'react-hook-form';
import { Field } from '../../components/Field';
import { fromInputText, type ValueKind } from '../../components/form-values';
import type { FieldSpec } from '../../core/field-specs/types';
import type { Path } from '../../core/paths';
import { setField } from '../../document/actions';
import type { FieldApplicabilityState } from '../../document/use-applicability';
import type { FieldState } from '../../document/use-field-state';

interface RowInputProps<V extends FieldValues> {
  form: UseFormReturn<V>;
  formId: string;
  name: FormPath<V>;
  path: Path;
  /** Label, help and API reference come from the field's spec. */
  spec: FieldSpec;
  kind?: ValueKind;
  /** Rows keep an emptied name or value as "" so the row does not lose its shape while typing. */
  emptyAs?: 'remove' | 'empty-string';
  placeholder?: string;
  /** Dense rows: the help becomes the label's tooltip (and stays for screen readers). */
  compact?: boolean;
  /** Overrides the applicability note computed for `path` (a list may show a shared note once instead). */
  applicability?: FieldApplicabilityState;
  /** Issues and applicability computed by the list (one subscription for all rows); otherwise the field subscribes. */
  state?: FieldState;
}

/** A text box described by a field spec that commits every keystroke as a minimal JSON edit. */
export function RowInput<V extends FieldValues>({
  form,
  formId,
  name,
  path,
  spec,
  kind = 'text',
  emptyAs,
  placeholder,
  compact = true,
  applicability,
  state,
}: RowInputProps<V>) {
  const registration = form.register(name, {
    onChange: (event: { target: { value: string } }) => setField(path, fromInputText(event.target.value, kind, emptyAs), formId),
  });
  return (
    <Field
      label={spec.label}
      path={path}
      description={spec.help}
      docs={compact ? undefined : spec.docs}
      compact={compact}
      applicability={applicability}
      state={state}
    >
      {(control) => (
        <input
          {...control}
          {...registration}
          type="text"
          inputMode={kind === 'number' ? 'numeric' : undefined}
          spellCheck={false}
          autoComplete="off"
          placeholder={placeholder ?? spec.placeholder}
          className={kind === 'number' ? 'input input-number' : kind === 'shell' ? 'input input-code' : 'input'}
        />
      )}
    </Field>
  );
}
