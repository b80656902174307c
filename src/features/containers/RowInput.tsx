import type { FieldValues, Path as FormPath, UseFormReturn } from 'react-hook-form';
import type { ValueKind } from '../../components/form-values';
import { TextInput } from '../../components/TextInput';
import type { FieldSpec } from '../../core/field-specs/types';
import type { Path } from '../../core/paths';
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

/** A text box described by a field spec: {@link TextInput} with the spec's label, help and API reference. */
export function RowInput<V extends FieldValues>({ spec, compact = true, placeholder, ...rest }: RowInputProps<V>) {
  return (
    <TextInput
      {...rest}
      label={spec.label}
      description={spec.help}
      docs={compact ? undefined : spec.docs}
      compact={compact}
      placeholder={placeholder ?? spec.placeholder}
    />
  );
}
