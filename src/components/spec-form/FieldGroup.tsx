import { useContext, useId, type ReactNode } from 'react';
import { toFieldName, type Path } from '../../core/paths';
import { useFieldState } from '../../document/use-field-state';
import { IssueList } from '../Field';
import { GroupNoteContext } from './group-note-context';

interface FieldGroupProps {
  label: string;
  path: Path;
  help?: string;
  docs?: string;
  className?: string;
  /** Keep the legend for screen readers only (it repeats the section title). */
  legendHidden?: boolean;
  /** Receives `disabled`: the group is forbidden here and empty, so nothing may be added. */
  children: (state: { disabled: boolean }) => ReactNode;
}

/**
 * A fieldset for a field made of several controls (lists, maps, objects, check-box sets): legend, API
 * reference link, help line, applicability note and the issues at the group's own path. Its `data-anchor`
 * (the JSON path) lets the field search and the problems list reveal it when it has no rows yet.
 */
export function FieldGroup({ label, path, help, docs, className, legendHidden, children }: FieldGroupProps) {
  const id = useId();
  const { issues, note: ownNote, disabled, violated } = useFieldState(path);
  const outerNote = useContext(GroupNoteContext);
  const note = (ownNote && ownNote.reason === outerNote) || (violated && issues.length > 0) ? null : ownNote;
  const describedBy = [help ? `${id}-help` : '', note ? `${id}-note` : '', issues.length ? `${id}-issues` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      className={['spec-group', className, note ? `field-${note.status}` : ''].filter(Boolean).join(' ')}
      aria-describedby={describedBy || undefined}
      data-anchor={toFieldName(path)}
    >
      <legend className={legendHidden ? 'visually-hidden' : 'spec-group-legend'}>{label}</legend>
      {help || docs ? (
        <p className="field-help">
          {help ? <span id={`${id}-help`}>{help}</span> : null}
          {docs ? (
            <>
              {' '}
              <a className="field-docs" href={docs} target="_blank" rel="noreferrer" title={`AWS API reference for ${label}`}>
                API reference
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      {note ? (
        <p id={`${id}-note`} className={`field-note field-note-${violated ? 'violated' : note.status}`}>
          <span className="field-note-tag">{note.status === 'forbidden' ? 'Not allowed' : 'Ignored'}</span> {note.reason}
        </p>
      ) : null}
      <GroupNoteContext.Provider value={ownNote?.reason ?? outerNote}>{children({ disabled })}</GroupNoteContext.Provider>
      <IssueList id={`${id}-issues`} issues={issues} />
    </fieldset>
  );
}
