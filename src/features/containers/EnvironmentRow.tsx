import type { UseFormReturn } from 'react-hook-form';
import { envNameProblem, looksSecret } from '../../core/env-file';
import { environmentFields } from '../../core/field-specs/container';
import type { Path } from '../../core/paths';
import { removeListItem } from '../../document/structure-actions';
import type { FieldState } from '../../document/use-field-state';
import type { ContainerValues } from './container-values';
import { RowInput } from './RowInput';

interface EnvironmentRowProps {
  form: UseFormReturn<ContainerValues>;
  formId: string;
  /** JSON path of the environment list. */
  base: Path;
  row: number;
  name: string;
  value: string;
  /** The other rows (1-based) with the same name. */
  sameNameRows: number[];
  onMoveToSecrets: (row: number) => void;
  /** Issues and applicability of the name and the value (the list subscribes once for all rows). */
  nameState: FieldState;
  valueState: FieldState;
}

const [NAME_SPEC, VALUE_SPEC] = environmentFields;

/** One environment variable, flagged when its name is repeated or malformed, with "Move to secrets" when it looks like one. */
export function EnvironmentRow({
  form,
  formId,
  base,
  row,
  name,
  value,
  sameNameRows,
  onMoveToSecrets,
  nameState,
  valueState,
}: EnvironmentRowProps) {
  // The duplicate-names rule already reports later occurrences at the name; the row adds the first one's note.
  const ruleReportsDuplicate = nameState.issues.some((issue) => issue.ruleId === 'duplicate-environment-names');
  const nameProblem = name === '' ? undefined : envNameProblem(name);
  const flags = [
    sameNameRows.length > 0 && !ruleReportsDuplicate
      ? `Duplicate: row ${sameNameRows.join(', ')} has the same name; only one value reaches the container.`
      : '',
    nameProblem ? `Name: ${nameProblem}.` : '',
  ].filter(Boolean);
  const secret = name !== '' && looksSecret(name, value);
  const label = `Environment variable ${row + 1}`;
  return (
    <div className="env-row">
      <div role="group" aria-label={label} className="row-grid env-line">
        <RowInput
          form={form}
          formId={formId}
          name={`environment.${row}.name`}
          path={[...base, row, 'name']}
          spec={NAME_SPEC!}
          emptyAs="empty-string"
          state={nameState}
        />
        <RowInput
          form={form}
          formId={formId}
          name={`environment.${row}.value`}
          path={[...base, row, 'value']}
          spec={VALUE_SPEC!}
          emptyAs="empty-string"
          state={valueState}
        />
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
