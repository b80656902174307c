import { useRows } from './use-rows';
import { toFieldName } from '../../core/paths';
import { setField } from '../../document/actions';
import { addListItem, removeValueListItem } from '../../document/structure-actions';
import { Field } from '../Field';
import { fromInputText } from '../form-values';
import { FieldGroup } from './FieldGroup';
import { focusWhenRendered } from './focus-path';
import type { SpecFieldProps, SpecOf } from './spec-field-props';
import { lowerFirst } from './spec-values';
import { Suggestions } from './Suggestions';

type ListSpec = SpecOf<'string-list'> | SpecOf<'number-list'>;

/**
 * A string or integer array as rows. An emptied row keeps an empty value (removing it would shift the
 * rows below while the user types); ✕ removes it.
 */
export function ListField({ spec, form, formId, path, name }: SpecFieldProps<ListSpec>) {
  const fields = useRows(form, name);
  const kind = spec.kind === 'number-list' ? 'number' : 'text';
  const listId = spec.kind === 'string-list' && spec.suggestions ? `suggest-${toFieldName(path)}` : undefined;
  const add = () => {
    if (addListItem(path, '')) focusWhenRendered(toFieldName([...path, fields.length]));
  };
  return (
    <FieldGroup label={spec.label} path={path} help={spec.help} docs={spec.docs} className="spec-list">
      {({ disabled }) => (
        <>
          {fields.map((field, row) => (
            <div className="spec-row" key={field.id}>
              <Field label={`${spec.itemLabel} ${row + 1}`} path={[...path, row]} compact>
                {(control) => (
                  <input
                    {...control}
                    {...form.register(`${name}.${row}.value`, {
                      onChange: (event: { target: { value: string } }) =>
                        setField([...path, row], fromInputText(event.target.value, kind, 'empty-string') ?? '', formId),
                    })}
                    type="text"
                    inputMode={kind === 'number' ? 'numeric' : undefined}
                    spellCheck={false}
                    autoComplete="off"
                    list={listId}
                    className={kind === 'number' ? 'input input-number' : 'input'}
                  />
                )}
              </Field>
              <button
                type="button"
                className="button-icon"
                aria-label={`Remove ${lowerFirst(spec.itemLabel)} ${row + 1}`}
                title="Remove"
                onClick={() => removeValueListItem(path, row)}
              >
                ✕
              </button>
            </div>
          ))}
          {spec.kind === 'string-list' && listId ? <Suggestions id={listId} values={spec.suggestions} /> : null}
          <button type="button" className="button button-add" disabled={disabled} onClick={add}>
            Add {lowerFirst(spec.itemLabel)}
          </button>
        </>
      )}
    </FieldGroup>
  );
}
