import type { UseFormReturn } from 'react-hook-form';
import type { FieldSpec } from '../../core/field-specs/types';
import type { Path } from '../../core/paths';
import type { SpecValues } from './spec-values';

/** What every spec control receives. */
export interface SpecFieldProps<S extends FieldSpec = FieldSpec> {
  spec: S;
  form: UseFormReturn<SpecValues>;
  /** Names the form in `setField(path, value, formId)`, so the form does not re-read its own edits. */
  formId: string;
  /** The JSON path of this field (its `data-path`). */
  path: Path;
  /** The react-hook-form name of this field. */
  name: string;
  /** Dense row layout: help kept for screen readers and as a tooltip. */
  compact?: boolean;
}

/** The spec of one kind. */
export type SpecOf<K extends FieldSpec['kind']> = Extract<FieldSpec, { kind: K }>;
