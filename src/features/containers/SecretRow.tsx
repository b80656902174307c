import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { FieldSpec } from '../../core/field-specs/types';
import { toFieldName, type Path } from '../../core/paths';
import { setField } from '../../document/actions';
import { removeListItem } from '../../document/structure-actions';
import { RowInput } from './RowInput';
import { clearSecretBuilderRequest, useSecretBuilderRequest } from './secret-builder-request';
import { SecretArnBuilder } from './SecretArnBuilder';
import type { SecretRowsValues } from './SecretRows';

interface SecretRowProps {
  form: UseFormReturn<SecretRowsValues>;
  formId: string;
  listPath: Path;
  row: number;
  spec: Extract<FieldSpec, { kind: 'object-list' }>;
}

/** One secret: name, valueFrom and the ARN builder that fills valueFrom. */
export function SecretRow({ form, formId, listPath, row, spec }: SecretRowProps) {
  const [nameSpec, valueFromSpec] = spec.fields;
  const valueFromPath = [...listPath, row, 'valueFrom'];
  const valueFromKey = toFieldName(valueFromPath);
  const requested = useSecretBuilderRequest((s) => s.valueFromPath === valueFromKey);
  const [building, setBuilding] = useState(false);
  const buildButton = useRef<HTMLButtonElement>(null);
  const closeBuilder = () => {
    setBuilding(false);
    buildButton.current?.focus();
  };
  const title = `${spec.itemLabel} ${row + 1}`;

  // "Move to secrets" asks for this row's builder before the row exists; honour it once it is rendered.
  useEffect(() => {
    if (!requested) return;
    clearSecretBuilderRequest();
    setBuilding(true);
    requestAnimationFrame(() => form.setFocus(`rows.${row}.valueFrom`));
  }, [requested, form, row]);

  const applyArn = (arn: string) => {
    form.setValue(`rows.${row}.valueFrom`, arn);
    setField(valueFromPath, arn, formId);
    setBuilding(false);
    form.setFocus(`rows.${row}.valueFrom`);
  };
  return (
    <div className="secret-row">
      <div role="group" aria-label={title} className="row-grid secret-line">
        <RowInput
          form={form}
          formId={formId}
          name={`rows.${row}.name`}
          path={[...listPath, row, 'name']}
          spec={nameSpec!}
          emptyAs="empty-string"
        />
        <RowInput
          form={form}
          formId={formId}
          name={`rows.${row}.valueFrom`}
          path={valueFromPath}
          spec={valueFromSpec!}
          emptyAs="empty-string"
        />
        <button
          ref={buildButton}
          type="button"
          className="button row-action"
          aria-expanded={building}
          onClick={() => setBuilding((open) => !open)}
        >
          Build ARN
        </button>
        <button
          type="button"
          className="button-icon"
          onClick={() => removeListItem(listPath, row)}
          aria-label={`Remove ${title.toLowerCase()}`}
          title="Remove"
        >
          ✕
        </button>
      </div>
      {building ? (
        <SecretArnBuilder current={form.getValues(`rows.${row}.valueFrom`)} title={title} onUse={applyArn} onClose={closeBuilder} />
      ) : null}
    </div>
  );
}
