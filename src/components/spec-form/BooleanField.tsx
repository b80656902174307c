import { setField } from '../../document/actions';
import { Field } from '../Field';
import type { SpecFieldProps, SpecOf } from './spec-field-props';

/**
 * A boolean. With a known default, a checkbox showing `value ?? default` (writes true or false); otherwise a
 * three-state select, since the API tells "not set" apart from false.
 */
export function BooleanField({ spec, form, formId, path, name, compact }: SpecFieldProps<SpecOf<'boolean'>>) {
  const checkbox = spec.default !== undefined;
  const registration = form.register(name, {
    onChange: (event: { target: { value: string; checked: boolean } }) => {
      if (checkbox) return setField(path, event.target.checked, formId);
      const choice = event.target.value;
      if (choice === '') setField(path, undefined, formId);
      else if (choice === 'true' || choice === 'false') setField(path, choice === 'true', formId);
    },
  });
  const current = checkbox ? '' : String(form.getValues(name) ?? '');
  const known = current === '' || current === 'true' || current === 'false';
  return (
    <Field label={spec.label} path={path} description={spec.help} docs={spec.docs} compact={compact} inline={checkbox}>
      {(control) =>
        checkbox ? (
          <input {...control} {...registration} type="checkbox" />
        ) : (
          <select {...control} {...registration} className="input">
            <option value="">(not set)</option>
            <option value="true">true</option>
            <option value="false">false</option>
            {known ? null : <option value={current}>{current} (not a boolean)</option>}
          </select>
        )
      }
    </Field>
  );
}
