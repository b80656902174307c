import { useContext, useId, useMemo, type ReactNode } from 'react';
import type { Issue } from '../core/issues';
import { toFieldName, type Path } from '../core/paths';
import type { FieldApplicabilityState } from '../document/use-applicability';
import { useFieldState, type FieldState } from '../document/use-field-state';
import { GroupNoteContext } from './spec-form/group-note-context';
import './spec-form/field.css';

/** What a control inside a {@link Field} must spread onto itself: id, ARIA wiring and its JSON path. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'data-path': string;
  /** Set when the field is forbidden here and empty: there is nothing to clear, so it cannot be edited. */
  disabled?: boolean;
}

interface FieldProps {
  label: string;
  path: Path;
  /** One line in our own words saying what the field does. */
  description?: string;
  /** Render the label after the control (checkboxes). */
  inline?: boolean;
  /** AWS API reference page for the shape that holds the field; shown as a small "API reference" link. */
  docs?: string;
  /** Overrides the applicability computed from the document (launch type, network mode, OS) for `path`. */
  applicability?: FieldApplicabilityState;
  /** Dense rows: the help line is kept for screen readers and as the label's tooltip, not shown; no docs link (the list has it). */
  compact?: boolean;
  /** Overrides `data-path` (e.g. a map key's `path#key`). */
  dataPath?: string;
  /**
   * Issues and applicability at `path`, computed by a parent that subscribes once for many fields (long
   * lists); without it the field subscribes to the store itself. A call site always passes it or never does.
   */
  state?: FieldState;
  children: (control: ControlProps) => ReactNode;
}

/**
 * A labelled form control with its help line, API reference link, a one-line note when the launch type,
 * network mode or OS forbids or ignores it, and the problems found at its JSON path.
 */
export function Field(props: FieldProps) {
  return props.state ? <FieldView {...props} state={props.state} /> : <SubscribedField {...props} />;
}

function SubscribedField(props: FieldProps) {
  return <FieldView {...props} state={useFieldState(props.path)} />;
}

function FieldView({
  label,
  path,
  description,
  inline,
  docs,
  applicability,
  compact,
  dataPath,
  state,
  children,
}: FieldProps & { state: FieldState }) {
  const id = useId();
  const { issues, ...computed } = state;
  const { note: ownNote, disabled, violated } = applicability ?? computed;
  // Inside a group that already says why (e.g. "Windows containers do not support Linux parameters"), say it once.
  const groupNote = useContext(GroupNoteContext);
  // An issue the rules report here already says it, more precisely: the note would say it twice.
  const repeated = (ownNote && ownNote.reason === groupNote) || issues.some((issue) => issue.severity !== 'info');
  const note = repeated ? null : ownNote;
  const describedBy = [description ? `${id}-help` : '', note ? `${id}-note` : '', issues.length ? `${id}-issues` : '']
    .filter(Boolean)
    .join(' ');
  const control = children({
    id,
    'aria-invalid': issues.some((issue) => issue.severity === 'error'),
    'aria-describedby': describedBy || undefined,
    'data-path': dataPath ?? toFieldName(path),
    ...(disabled ? { disabled: true } : {}),
  });
  // The label and help never change when another container is shown in the same panel: the same elements
  // let React skip them instead of comparing their props (a switch re-renders every field of the panel).
  const labelElement = useMemo(() => {
    const element = (
      <label htmlFor={id} title={compact ? description : undefined}>
        {label}
      </label>
    );
    return inline ? element : <div className="field-head">{element}</div>;
  }, [id, compact, description, label, inline]);
  const help = useMemo(() => {
    // After the help line, not beside the label, so a narrow label is never cut short by it.
    const link =
      docs && !compact ? (
        // Out of the tab order (there is one per field, ~30 stops): screen readers still list it, and F1 in the
        // field focuses it (use-global-shortcuts.ts). Group-level links stay in the tab order.
        <a
          className="field-docs"
          href={docs}
          target="_blank"
          rel="noreferrer"
          tabIndex={-1}
          aria-keyshortcuts="F1"
          title={`AWS API reference for ${label} (F1 from the field)`}
        >
          API reference
        </a>
      ) : null;
    return description || link ? (
      <p className={compact ? 'field-help visually-hidden' : 'field-help'}>
        {description ? <span id={`${id}-help`}>{description}</span> : null}
        {link ? <> {link}</> : null}
      </p>
    ) : null;
  }, [id, compact, description, docs, label]);
  const classes = ['field', inline ? 'field-inline' : '', note ? `field-${note.status}` : '', compact ? 'field-compact' : ''];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      {inline ? (
        <>
          {control}
          {labelElement}
        </>
      ) : (
        <>
          {labelElement}
          {control}
        </>
      )}
      {help}
      {note ? (
        <p id={`${id}-note`} className={`field-note field-note-${violated ? 'violated' : note.status}`}>
          <span className="field-note-tag">
            {note.status === 'forbidden' ? (note.values || note.onlyValues ? 'Restricted' : 'Not allowed') : 'Ignored'}
          </span>{' '}
          {note.reason}
        </p>
      ) : null}
      {issues.length ? <IssueList id={`${id}-issues`} issues={issues} /> : null}
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
