import { useWatch } from 'react-hook-form';
import { useRows } from './use-rows';
import { toFieldName } from '../../core/paths';
import { applyChanges } from '../../document/actions';
import { uniqueName } from '../../document/structure-actions';
import { FieldGroup } from './FieldGroup';
import { focusWhenRendered } from './focus-path';
import { MapRow } from './MapRow';
import type { SpecFieldProps, SpecOf } from './spec-field-props';
import { Suggestions } from './Suggestions';

type MapRows = { key: string; value: string }[];

/** A string→string map as key/value rows, in the document's key order. */
export function MapField({ spec, form, formId, path, name }: SpecFieldProps<SpecOf<'map'>>) {
  const fields = useRows(form, name);
  // A sibling in the same form (`logDriver` beside `options`): the name with its last segment replaced.
  const by = spec.keySuggestionsBy;
  const siblingName = by ? name.replace(/[^.]+$/, by.field) : name;
  const sibling: unknown = useWatch({ control: form.control, name: siblingName as never, disabled: !by });
  const suggestions = (by && typeof sibling === 'string' ? by.values[sibling] : undefined) ?? spec.keySuggestions;
  const keyListId = suggestions ? `suggest-${toFieldName(path)}-keys` : undefined;
  const add = () => {
    const rows = (form.getValues(name) ?? []) as MapRows;
    const key = uniqueName(
      suggestions?.find((suggestion) => !rows.some((row) => row.key === suggestion)) ?? 'key',
      rows.map((row) => row.key),
    );
    if (applyChanges([{ kind: 'set', path: [...path, key], value: '' }], 'structure')) {
      focusWhenRendered(`${toFieldName([...path, key])}#key`, { select: true });
    }
  };
  const remove = (row: number) => {
    const rows = (form.getValues(name) ?? []) as MapRows;
    const key = rows[row]?.key;
    if (key !== undefined) applyChanges([{ kind: 'set', path: [...path, key], value: undefined }], 'structure');
  };
  return (
    <FieldGroup label={spec.label} path={path} help={spec.help} docs={spec.docs} className="spec-map">
      {({ disabled }) => (
        <>
          {fields.map((field, row) => (
            <MapRow
              key={field.id}
              form={form}
              formId={formId}
              path={path}
              name={name}
              row={row}
              keyListId={keyListId}
              onRemove={() => remove(row)}
            />
          ))}
          {keyListId ? <Suggestions id={keyListId} values={suggestions} /> : null}
          <button type="button" className="button button-add" disabled={disabled} onClick={add} aria-label={`Add entry to ${spec.label}`}>
            Add entry
          </button>
        </>
      )}
    </FieldGroup>
  );
}
