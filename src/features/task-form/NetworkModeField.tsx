import type { UseFormReturn } from 'react-hook-form';
import { IssueList } from '../../components/Field';
import { setField } from '../../document/actions';
import { useIssuesAt } from '../../document/use-issues-at';
import { NETWORK_MODES, type TaskValues } from './task-values';

const PATH = ['networkMode'];

/** Network mode as a radio group, each choice with its one-line explanation. */
export function NetworkModeField({ form, formId }: { form: UseFormReturn<TaskValues>; formId: string }) {
  const issues = useIssuesAt(PATH);
  const registration = form.register('networkMode', {
    onChange: (event: { target: { value: string } }) => setField(PATH, event.target.value === '' ? undefined : event.target.value, formId),
  });
  return (
    <fieldset
      className="field choice-group"
      role="radiogroup"
      aria-invalid={issues.some((i) => i.severity === 'error')}
      aria-describedby={issues.length ? 'network-mode-issues' : undefined}
    >
      <legend>Network mode</legend>
      {NETWORK_MODES.map((mode) => (
        <div className="choice" key={mode.value}>
          <input
            {...registration}
            type="radio"
            id={`network-mode-${mode.value || 'default'}`}
            value={mode.value}
            data-path="networkMode"
            aria-describedby={`network-mode-${mode.value || 'default'}-help`}
          />
          <label htmlFor={`network-mode-${mode.value || 'default'}`}>{mode.label}</label>
          <span id={`network-mode-${mode.value || 'default'}-help`} className="choice-help">
            {mode.help}
          </span>
        </div>
      ))}
      <IssueList id="network-mode-issues" issues={issues} />
    </fieldset>
  );
}
