import { toFieldName } from '../../core/paths';
import { setField } from '../../document/actions';
import { FieldGroup } from './FieldGroup';
import type { SpecFieldProps, SpecOf } from './spec-field-props';

/** Several of a fixed list as check boxes, written in the list's own order; none checked removes the key. */
export function EnumListField({ spec, form, formId, path, name }: SpecFieldProps<SpecOf<'enum-list'>>) {
  const registration = form.register(name, {
    onChange: () => {
      const checked = form.getValues(name);
      const list = Array.isArray(checked) ? checked : typeof checked === 'string' && checked ? [checked] : [];
      const ordered = spec.options.filter((option) => list.includes(option));
      setField(path, ordered.length ? ordered : undefined, formId);
    },
  });
  const dataPath = toFieldName(path);
  return (
    <FieldGroup label={spec.label} path={path} help={spec.help} docs={spec.docs} className="spec-choices">
      {({ disabled }) => (
        <div className="spec-choice-list">
          {spec.options.map((option) => {
            const id = `${dataPath}-${option}`;
            return (
              <span className="spec-choice" key={option}>
                <input {...registration} type="checkbox" id={id} value={option} data-path={dataPath} disabled={disabled} />
                <label htmlFor={id}>{option}</label>
              </span>
            );
          })}
        </div>
      )}
    </FieldGroup>
  );
}
