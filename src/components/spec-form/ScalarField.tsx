import { toFieldName } from '../../core/paths';
import { setField } from '../../document/actions';
import { Field } from '../Field';
import { fromInputText } from '../form-values';
import type { SpecFieldProps, SpecOf } from './spec-field-props';
import { Suggestions } from './Suggestions';

type ScalarSpec = SpecOf<'text'> | SpecOf<'number'> | SpecOf<'shell'>;

/** A text box for a string, an integer (kept as typed when it is not one) or a shell-split string array. */
export function ScalarField({ spec, form, formId, path, name, compact }: SpecFieldProps<ScalarSpec>) {
  const registration = form.register(name, {
    onChange: (event: { target: { value: string } }) => setField(path, fromInputText(event.target.value, spec.kind), formId),
  });
  const hasSuggestions = spec.kind === 'text' && (spec.suggestions !== undefined || spec.suggestionsFrom !== undefined);
  const listId = hasSuggestions ? `suggest-${toFieldName(path)}` : undefined;
  const unit = spec.kind === 'number' ? spec.unit : undefined;
  return (
    <Field label={spec.label} path={path} description={spec.help} docs={spec.docs} compact={compact}>
      {(control) => {
        const input = (
          <input
            {...control}
            {...registration}
            type="text"
            inputMode={spec.kind === 'number' ? 'numeric' : undefined}
            spellCheck={false}
            autoComplete="off"
            placeholder={spec.placeholder}
            list={listId}
            className={spec.kind === 'number' ? 'input input-number' : spec.kind === 'shell' ? 'input input-code' : 'input'}
          />
        );
        // Most fields are a bare input; only a unit or a suggestion list needs a wrapper.
        if (!unit && !listId) return input;
        return (
          <span className={unit ? 'input-with-unit' : 'input-wrap'}>
            {input}
            {unit ? <span className="input-unit">{unit}</span> : null}
            {spec.kind === 'text' && listId ? <Suggestions id={listId} values={spec.suggestions} from={spec.suggestionsFrom} /> : null}
          </span>
        );
      }}
    </Field>
  );
}
