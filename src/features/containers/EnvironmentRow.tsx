import { memo, type ChangeEvent } from 'react';
import { Field } from '../../components/Field';
import { envNameProblem, looksSecret } from '../../core/env-file';
import { environmentFields } from '../../core/field-specs/container';
import type { FieldSpec } from '../../core/field-specs/types';
import type { Path } from '../../core/paths';
import { setField } from '../../document/actions';
import { removeListItem } from '../../document/structure-actions';
import type { FieldState } from '../../document/use-field-state';

interface EnvironmentRowProps {
  /** JSON path of the environment list (stable for a container). */
  base: Path;
  row: number;
  name: string;
  value: string;
  /** The other rows with the same name ("row 4", "rows 2, 4 and 10 more"), or "". */
  sameNameRows: string;
  onMoveToSecrets: (row: number) => void;
  /** Issues and applicability of the name and the value (the list subscribes once for all rows). */
  nameState: FieldState;
  valueState: FieldState;
}

const [NAME_SPEC, VALUE_SPEC] = environmentFields as [FieldSpec, FieldSpec];

/**
 * The id environment rows commit under. No react-hook-form form holds them, so none must skip the change;
 * a constant also keeps a row's props the same when another container is shown (see EnvironmentRows).
 */
const ROWS_FORM_ID = 'environment-rows';

/** A row's text box: its text is the document's (controlled); each keystroke is committed, "" kept as "". */
function textBox(spec: FieldSpec, path: Path, text: string, state: FieldState) {
  const commit = (event: ChangeEvent<HTMLInputElement>) => setField(path, event.target.value, ROWS_FORM_ID);
  return (
    <Field label={spec.label} path={path} description={spec.help} compact state={state}>
      {(control) => (
        <input
          {...control}
          type="text"
          className="input"
          spellCheck={false}
          autoComplete="off"
          placeholder={spec.placeholder}
          value={text}
          onChange={commit}
        />
      )}
    </Field>
  );
}

/** One environment variable, flagged when its name is repeated or malformed, with "Move to secrets" when it looks like one. */
function EnvironmentRowView({ base, row, name, value, sameNameRows, onMoveToSecrets, nameState, valueState }: EnvironmentRowProps) {
  // The duplicate-names rule already reports later occurrences at the name; the row adds the first one's note.
  const ruleReportsDuplicate = nameState.issues.some((issue) => issue.ruleId === 'duplicate-environment-names');
  const nameProblem = name === '' ? undefined : envNameProblem(name);
  const flags = [
    sameNameRows !== '' && !ruleReportsDuplicate
      ? `Duplicate: ${sameNameRows} ${sameNameRows.startsWith('rows') ? 'have' : 'has'} the same name; only one value reaches the container.`
      : '',
    nameProblem ? `Name: ${nameProblem}.` : '',
  ].filter(Boolean);
  const secret = name !== '' && looksSecret(name, value);
  const label = `Environment variable ${row + 1}`;
  return (
    <div className="env-row">
      <div role="group" aria-label={label} className="row-grid env-line">
        {textBox(NAME_SPEC, [...base, row, 'name'], name, nameState)}
        {textBox(VALUE_SPEC, [...base, row, 'value'], value, valueState)}
        {/* Always laid out so the inputs do not change width when the button appears while typing. */}
        <button
          type="button"
          className="button row-action"
          style={secret ? undefined : { visibility: 'hidden' }}
          aria-hidden={secret ? undefined : true}
          tabIndex={secret ? undefined : -1}
          title="Looks like a credential: keep it in Secrets Manager or Parameter Store instead"
          onClick={() => onMoveToSecrets(row)}
        >
          Move to secrets
        </button>
        <button
          type="button"
          className="button-icon"
          onClick={() => removeListItem(base, row)}
          aria-label={`Remove environment variable ${row + 1}`}
          title="Remove"
        >
          ✕
        </button>
      </div>
      {flags.length > 0 ? (
        <ul className="row-flags" aria-label={`Notes on ${label.toLowerCase()}`}>
          {flags.map((flag) => (
            <li key={flag} className="issue issue-warning">
              <span className="issue-severity">warning</span> {flag}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const sameState = (a: FieldState, b: FieldState) =>
  a.issues === b.issues && a.note === b.note && a.disabled === b.disabled && a.violated === b.violated;

/** Typing in one row re-renders that row only: the list rebuilds the state objects, so compare their parts. */
export const EnvironmentRow = memo(
  EnvironmentRowView,
  (a, b) =>
    a.base === b.base &&
    a.row === b.row &&
    a.name === b.name &&
    a.value === b.value &&
    a.sameNameRows === b.sameNameRows &&
    a.onMoveToSecrets === b.onMoveToSecrets &&
    sameState(a.nameState, b.nameState) &&
    sameState(a.valueState, b.valueState),
);
