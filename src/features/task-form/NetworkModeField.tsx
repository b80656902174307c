import type { UseFormReturn } from 'react-hook-form';
import { IssueList } from '../../components/Field';
import type { SpecValues } from '../../components/spec-form/spec-values';
import { apiDocs } from '../../core/field-specs/docs';
import { setField } from '../../document/actions';
import { useApplicability } from '../../document/use-applicability';
import { useIssuesAt } from '../../document/use-issues-at';
import { NETWORK_MODES } from './task-values';

const PATH = ['networkMode'];

/**
 * Network mode as a radio group, each choice with its one-line explanation. Choices the launch types or OS
 * rule out stay selectable (the user may be about to change those) but are dimmed with the reason.
 */
export function NetworkModeField({ form, formId }: { form: UseFormReturn<SpecValues>; formId: string }) {
  const issues = useIssuesAt(PATH);
  const restriction = useApplicability(PATH);
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
      <legend className="choice-legend">
        Network mode
        <a
          className="field-docs"
          href={apiDocs('RegisterTaskDefinition')}
          target="_blank"
          rel="noreferrer"
          title="AWS API reference for Network mode"
        >
          API reference
        </a>
      </legend>
      {NETWORK_MODES.map((mode) => {
        const ruledOut = mode.value !== '' && restriction?.values?.includes(mode.value);
        const id = `network-mode-${mode.value || 'default'}`;
        return (
          <div
            className={ruledOut ? 'choice choice-restricted' : 'choice'}
            key={mode.value}
            title={ruledOut ? restriction?.reason : undefined}
          >
            <input {...registration} type="radio" id={id} value={mode.value} data-path="networkMode" aria-describedby={`${id}-help`} />
            <label htmlFor={id}>{mode.label}</label>
            <span id={`${id}-help`} className="choice-help">
              {ruledOut ? <span className="choice-note">{restriction?.reason} </span> : null}
              {mode.help}
            </span>
          </div>
        );
      })}
      <IssueList id="network-mode-issues" issues={issues} />
    </fieldset>
  );
}
