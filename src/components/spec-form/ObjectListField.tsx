import { useRows } from './use-rows';
import { toFieldName } from '../../core/paths';
import { addListItem, removeListItem } from '../../document/structure-actions';
import { FieldGroup } from './FieldGroup';
import { focusWhenRendered } from './focus-path';
import type { SpecFieldProps, SpecOf } from './spec-field-props';
import { listLayout, lowerFirst } from './spec-values';
import { SpecFields } from './SpecFields';

/** An array of objects: one row (few scalar fields) or card (the rest) per item, with Add and Remove. */
export function ObjectListField({ spec, form, formId, path, name }: SpecFieldProps<SpecOf<'object-list'>>) {
  const fields = useRows(form, name);
  const rows = listLayout(spec) === 'rows';
  const add = () => {
    const first = spec.fields[0];
    if (addListItem(path, structuredClone(spec.newItem)) && first) focusWhenRendered(toFieldName([...path, fields.length, first.key]));
  };
  return (
    <FieldGroup label={spec.label} path={path} help={spec.help} docs={spec.docs} className={rows ? 'spec-list' : 'spec-cards'}>
      {({ disabled }) => (
        <>
          {fields.map((field, index) => (
            <div key={field.id} role="group" aria-label={`${spec.itemLabel} ${index + 1}`} className={rows ? 'spec-row' : 'spec-card'}>
              {rows ? null : <div className="spec-card-title">{`${spec.itemLabel} ${index + 1}`}</div>}
              <SpecFields
                fields={spec.fields}
                form={form}
                formId={formId}
                basePath={[...path, index]}
                namePrefix={`${name}.${index}`}
                compact={rows}
                inline={rows}
              />
              <button
                type="button"
                className="button-icon spec-remove"
                aria-label={`Remove ${spec.itemLabel} ${index + 1}`}
                title="Remove"
                onClick={() => removeListItem(path, index)}
              >
                ✕
              </button>
            </div>
          ))}
          <button type="button" className="button button-add" disabled={disabled} onClick={add}>
            Add {lowerFirst(spec.itemLabel)}
          </button>
        </>
      )}
    </FieldGroup>
  );
}
