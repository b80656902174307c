import type { UseFormReturn } from 'react-hook-form';
import type { SpecValues } from '../../components/spec-form/spec-values';
import { IssueList } from '../../components/Field';
import { apiDocs } from '../../core/field-specs/docs';
import { setField } from '../../document/actions';
import { useIssuesAt } from '../../document/use-issues-at';
import { LAUNCH_TYPES } from './task-values';

const PATH = ['requiresCompatibilities'];

/** `requiresCompatibilities` as one checkbox per launch type; none checked removes the key. */
export function LaunchTypesField({ form, formId }: { form: UseFormReturn<SpecValues>; formId: string }) {
  const issues = useIssuesAt(PATH);
  const registration = form.register('requiresCompatibilities', {
    onChange: () => {
      const checked = form.getValues('requiresCompatibilities');
      const list = Array.isArray(checked) ? checked : [];
      // Keep the API's order so toggling does not reshuffle the JSON.
      const ordered = LAUNCH_TYPES.map((type) => type.value).filter((value) => list.includes(value));
      setField(PATH, ordered.length ? ordered : undefined, formId);
    },
  });
  return (
    <fieldset className="field choice-group" aria-describedby={issues.length ? 'launch-types-issues' : undefined}>
      <legend className="choice-legend">
        Launch types (requiresCompatibilities)
        <a
          className="field-docs"
          href={apiDocs('RegisterTaskDefinition')}
          target="_blank"
          rel="noreferrer"
          title="AWS API reference for launch types"
        >
          API reference
        </a>
      </legend>
      {LAUNCH_TYPES.map((type) => (
        <div className="choice" key={type.value}>
          <input
            {...registration}
            type="checkbox"
            id={`launch-type-${type.value}`}
            value={type.value}
            data-path={`requiresCompatibilities`}
            aria-describedby={`launch-type-${type.value}-help`}
          />
          <label htmlFor={`launch-type-${type.value}`}>{type.value}</label>
          <span id={`launch-type-${type.value}-help`} className="choice-help">
            {type.help}
          </span>
        </div>
      ))}
      <IssueList id="launch-types-issues" issues={issues} />
    </fieldset>
  );
}
