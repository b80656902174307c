import { useMemo } from 'react';
import { useFieldArray } from 'react-hook-form';
import { FieldGroup, focusWhenRendered } from '../../components/spec-form';
import { toInputText } from '../../components/form-values';
import type { FieldSpec } from '../../core/field-specs/types';
import type { JsonObject, JsonValue } from '../../core/issues';
import { fromFieldName, getAtPath, toFieldName, type Path } from '../../core/paths';
import { asArray, asObject } from '../../document/selectors';
import { addListItem } from '../../document/structure-actions';
import { useDocumentForm } from '../../document/use-document-form';
import { SecretRow } from './SecretRow';

export interface SecretRowsValues {
  rows: { name: string; valueFrom: string }[];
}

interface SecretRowsProps {
  /** The list's JSON path: a container's `secrets` or its `logConfiguration.secretOptions`. */
  path: Path;
  spec: Extract<FieldSpec, { kind: 'object-list' }>;
}

/** Secrets as name / valueFrom rows, each with a "Build ARN" helper. Its own form, so it fits any list path. */
export function SecretRows({ path, spec }: SecretRowsProps) {
  const key = toFieldName(path);
  const toValues = useMemo(() => {
    const listPath = fromFieldName(key);
    return (doc: JsonObject): SecretRowsValues => ({
      rows: asArray(getAtPath(doc, listPath) as JsonValue | undefined).map((item) => {
        const secret = asObject(item);
        return { name: toInputText(secret.name, 'text'), valueFrom: toInputText(secret.valueFrom, 'text') };
      }),
    });
  }, [key]);
  const formId = `secrets:${key}`;
  const form = useDocumentForm(formId, toValues);
  const { fields } = useFieldArray({ control: form.control, name: 'rows' });
  const add = () => {
    if (addListItem(path, { name: '', valueFrom: '' })) focusWhenRendered(`${key}.${fields.length}.name`);
  };
  return (
    <FieldGroup label={spec.label} path={path} help={spec.help} docs={spec.docs} className="rows secret-rows">
      {({ disabled }) => (
        <>
          {fields.map((field, row) => (
            <SecretRow key={field.id} form={form} formId={formId} listPath={path} row={row} spec={spec} />
          ))}
          <button type="button" className="button" disabled={disabled} onClick={add}>
            Add {spec.itemLabel.toLowerCase()}
          </button>
        </>
      )}
    </FieldGroup>
  );
}
