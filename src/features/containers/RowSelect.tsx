import type { FieldValues, Path as FormPath, UseFormReturn } from 'react-hook-form';
import { Field } from '../../components/Field';
import type { FieldSpec } from '../../core/field-specs/types';
import type { Path } from '../../core/paths';
import { setField } from '../../document/actions';
import { useApplicability } from '../../document/use-applicability';

interface RowSelectProps<V extends FieldValues> {
  form: UseFormReturn<V>;
  formId: string;
  name: FormPath<V>;
  path: Path;
  spec: Extract<FieldSpec, { kind: 'enum' }>;
  /** What "not set" means, e.g. "(default: tcp)". */
  emptyLabel?: string;
}

/** A drop-down described by an enum spec; the empty choice removes the key. Values the launch type forbids are disabled. */
export function RowSelect<V extends FieldValues>({ form, formId, name, path, spec, emptyLabel }: RowSelectProps<V>) {
  const restricted = useApplicability(path)?.values;
  const registration = form.register(name, {
    onChange: (event: { target: { value: string } }) => setField(path, event.target.value === '' ? undefined : event.target.value, formId),
  });
  const current = String(form.getValues(name) ?? '');
  const known = current === '' || spec.options.includes(current);
  return (
    <Field label={spec.label} path={path} description={spec.help} compact>
      {(control) => (
        <select {...control} {...registration} className="input">
          <option value="">{emptyLabel ?? spec.emptyLabel ?? '(not set)'}</option>
          {spec.options.map((option) => (
            <option key={option} value={option} disabled={restricted?.includes(option) && option !== current}>
              {option}
            </option>
          ))}
          {/* A value the list does not know (typed in the JSON) stays visible rather than silently changing. */}
          {known ? null : <option value={current}>{current} (not in the list)</option>}
        </select>
      )}
    </Field>
  );
}
