import type { FieldSpec } from '../../core/field-specs/types';
import type { Path } from '../../core/paths';
import { SpecFields } from './SpecFields';
import { useSpecForm } from './use-spec-form';

interface SpecFormProps {
  fields: readonly FieldSpec[];
  /** JSON path of the object holding the fields. */
  basePath: Path;
  /** Unique per form on the page. */
  formId: string;
}

/** The spec fields of one object as one react-hook-form form, without a collapsible frame. */
export function SpecForm({ fields, basePath, formId }: SpecFormProps) {
  const form = useSpecForm(formId, basePath, fields);
  return <SpecFields fields={fields} form={form} formId={formId} basePath={basePath} namePrefix="" />;
}
