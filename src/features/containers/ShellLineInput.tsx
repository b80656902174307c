import { useWatch, type UseFormReturn } from 'react-hook-form';
import { Field } from '../../components/Field';
import { fromInputText } from '../../components/form-values';
import type { FieldSpec } from '../../core/field-specs/types';
import type { Path } from '../../core/paths';
import { splitShellWords } from '../../core/shell-words';
import { setField } from '../../document/actions';

/**
 * Split arguments listed at most: a pasted command of 30,000 numbers would otherwise add 30,000 list items in one
 * task and freeze the page (issue 13). The line itself always holds the whole command, as text.
 */
export const LISTED_ARGS = 100;

interface ShellLineInputProps {
  form: UseFormReturn<{ line: string }>;
  formId: string;
  path: Path;
  spec: Extract<FieldSpec, { kind: 'shell' }>;
}

/** The one-line form of a string array, with the arguments it splits into listed under it as it is typed. */
export function ShellLineInput({ form, formId, path, spec }: ShellLineInputProps) {
  const line = useWatch({ control: form.control, name: 'line' }) ?? '';
  const words = splitShellWords(line);
  const registration = form.register('line', {
    onChange: (event: { target: { value: string } }) => setField(path, fromInputText(event.target.value, 'shell'), formId),
  });
  return (
    <Field label={spec.label} path={path} description={spec.help} docs={spec.docs}>
      {(control) => (
        <>
          <input
            {...control}
            {...registration}
            type="text"
            spellCheck={false}
            autoComplete="off"
            placeholder={spec.placeholder}
            className="input input-code"
          />
          {/* Always one line tall (even when empty), so the form below does not move as the first word is typed. */}
          <ol className="shell-args" aria-label="Split arguments">
            {words.length === 0 ? <li className="shell-args-empty">no arguments</li> : null}
            {words.slice(0, LISTED_ARGS).map((word, i) => (
              <li key={i} className="shell-arg">
                <span className="shell-arg-index">{i}</span>
                <code>{word === '' ? '""' : word}</code>
              </li>
            ))}
            {words.length > LISTED_ARGS ? <li className="shell-args-empty">and {words.length - LISTED_ARGS} more arguments</li> : null}
          </ol>
        </>
      )}
    </Field>
  );
}
