import { useContext } from 'react';
import { FieldGroup } from './FieldGroup';
import { SectionTitleContext } from './section-title-context';
import type { SpecFieldProps, SpecOf } from './spec-field-props';
import { SpecFields } from './SpecFields';

/** A nested object shown as a titled group of its fields; typing in one creates the object. */
export function ObjectGroup({ spec, form, formId, path, name }: SpecFieldProps<SpecOf<'object'>>) {
  // "Ephemeral storage" inside the section "Ephemeral storage": the legend stays for screen readers only.
  const repeatsTitle = useContext(SectionTitleContext) === spec.label;
  return (
    <FieldGroup label={spec.label} path={path} help={spec.help} docs={spec.docs} className="spec-object" legendHidden={repeatsTitle}>
      {() => <SpecFields fields={spec.fields} form={form} formId={formId} basePath={path} namePrefix={name} />}
    </FieldGroup>
  );
}
