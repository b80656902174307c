import { setField } from '../../document/actions';
import { useApplicability } from '../../document/use-applicability';
import { Field } from '../Field';
import type { SpecFieldProps, SpecOf } from './spec-field-props';

/** One of a fixed list; "not set" removes the key. Values the launch type forbids are disabled unless chosen. */
export function EnumField({ spec, form, formId, path, name, compact }: SpecFieldProps<SpecOf<'enum'>>) {
  const restricted = useApplicability(path)?.values;
  const registration = form.register(name, {
    onChange: (event: { target: { value: string } }) => setField(path, event.target.value === '' ? undefined : event.target.value, formId),
  });
  const current = String(form.getValues(name) ?? '');
  const known = current === '' || spec.options.includes(current);
  return (
    <Field label={spec.label} path={path} description={spec.help} docs={spec.docs} compact={compact}>
      {(control) => (
        <select {...control} {...registration} className="input">
          <option value="">{spec.emptyLabel ?? '(not set)'}</option>
          {spec.options.map((option) => (
            <option key={option} value={option} disabled={restricted?.includes(option) && option !== current}>
              {spec.optionLabels?.[option] ?? option}
            </option>
          ))}
          {/* A value the list does not know (typed in the JSON) stays visible rather than silently changing. */}
          {known ? null : <option value={current}>{current} (not in the list)</option>}
        </select>
      )}
    </Field>
  );
}
