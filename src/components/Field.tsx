import { useId, type ReactNode } from 'react';
import type { Issue } from '../core/issues';
import { toFieldName, type Path } from '../core/paths';
import { useIssuesAt } from '../document/use-issues-at';

/** What a control inside a {@link Field} must spread onto itself: id, ARIA wiring and its JSON path. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'data-path': string;
}

interface FieldProps {
  label: string;
  path: Path;
  /** One line in our own words saying what the field does. */
  description?: string;
  /** Render the label after the control (checkboxes). */
  inline?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled form control with its help line and the problems found at its JSON path. */
export function Field({ label, path, description, inline, children }: FieldProps) {
  const id = useId();
  const issues = useIssuesAt(path);
  const describedBy = [description ? `${id}-help` : '', issues.length ? `${id}-issues` : ''].filter(Boolean).join(' ');
  const control = children({
    id,
    'aria-invalid': issues.some((issue) => issue.severity === 'error'),
    'aria-describedby': describedBy || undefined,
    'data-path': toFieldName(path),
  });
  return (
    <div className={inline ? 'field field-inline' : 'field'}>
      {inline ? control : null}
      <label htmlFor={id}>{label}</label>
      {inline ? null : control}
      {description ? (
        <p id={`${id}-help`} className="field-help">
          {description}
        </p>
      ) : null}
      <IssueList id={`${id}-issues`} issues={issues} />
    </div>
  );
}

export function IssueList({ id, issues }: { id: string; issues: Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="field-issues">
      {issues.map((issue, i) => (
        <li key={i} className={`issue issue-${issue.severity}`}>
          <span className="issue-severity">{issue.severity}</span> {issue.message}
        </li>
      ))}
    </ul>
  );
}
