import { useWatch } from 'react-hook-form';
import { toFieldName, type Path } from '../../core/paths';
import { setField } from '../../document/actions';
import { Field } from '../Field';
import type { SpecFieldProps } from './spec-field-props';

type MapRows = { key: string; value: string }[];

interface MapRowProps extends Pick<SpecFieldProps, 'form' | 'formId' | 'name'> {
  /** The map's JSON path. */
  path: Path;
  row: number;
  keyListId?: string;
  onRemove: () => void;
}

/**
 * One key/value row. The value's `data-path` is the map path plus the key; the key's is that plus `#key`.
 * Renaming a key rewrites the map in the same order, so the JSON keeps the user's ordering.
 */
export function MapRow({ form, formId, path, name, row, keyListId, onRemove }: MapRowProps) {
  const rows = (useWatch({ control: form.control, name }) ?? []) as MapRows;
  const key = rows[row]?.key ?? '';
  const duplicate = rows.some((other, i) => i !== row && other.key === key);
  const keyRegistration = form.register(`${name}.${row}.key`, {
    onChange: () => {
      const current = (form.getValues(name) ?? []) as MapRows;
      const map: Record<string, string> = {};
      for (const entry of current) map[entry.key] = entry.value;
      setField(path, map, formId);
    },
  });
  const valueRegistration = form.register(`${name}.${row}.value`, {
    onChange: (event: { target: { value: string } }) => setField([...path, key], event.target.value, formId),
  });
  return (
    <div className="spec-row" role="group" aria-label={`Entry ${row + 1}`}>
      <Field label="Key" path={[...path, key, '#key']} dataPath={`${toFieldName([...path, key])}#key`} compact applicability={NO_NOTE}>
        {(control) => (
          <input
            {...control}
            {...keyRegistration}
            aria-invalid={duplicate}
            type="text"
            spellCheck={false}
            autoComplete="off"
            list={keyListId}
            className="input input-code"
          />
        )}
      </Field>
      <Field label="Value" path={[...path, key]} compact>
        {(control) => <input {...control} {...valueRegistration} type="text" spellCheck={false} autoComplete="off" className="input" />}
      </Field>
      <button type="button" className="button-icon" aria-label={`Remove entry ${key || row + 1}`} title="Remove" onClick={onRemove}>
        ✕
      </button>
      {duplicate ? (
        <p className="field-note field-note-violated spec-row-note">Another row has this key; the JSON keeps only one of them.</p>
      ) : null}
    </div>
  );
}

const NO_NOTE = { note: null, disabled: false, violated: false };
