import { useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SectionSpec } from '../../core/field-specs/types';
import { getAtPath, isPathPrefix, toFieldName, type Path } from '../../core/paths';
import { useDocumentStore } from '../../document/store';
import { isEmptyValue } from '../../document/use-applicability';

/** Sections opened or closed by the user this session, so switching containers keeps them as they were. */
const remembered = new Map<string, boolean>();

interface ContainerSectionProps {
  section: SectionSpec;
  /** JSON path of the container. */
  basePath: Path;
  /** The section's controls, rendered only while it is open. */
  children: () => ReactNode;
}

/**
 * A collapsible section with hand-built controls, framed exactly like spec-form's `SpecSection` (same
 * classes, "N set" and error badges, `data-field-paths` so a focus request can open it).
 */
export function ContainerSection({ section, basePath, children }: ContainerSectionProps) {
  const [open, setOpen] = useState(() => remembered.get(`container:${section.id}`) ?? section.open ?? false);
  const paths = section.fields.map((field) => [...basePath, field.key]);
  const summary = useDocumentStore(
    useShallow((s) => ({
      set: paths.filter((path) => !isEmptyValue(getAtPath(s.doc, path))).length,
      errors: s.issues.filter((issue) => issue.severity === 'error' && paths.some((path) => isPathPrefix(path, issue.path))).length,
    })),
  );
  return (
    <details
      className="spec-section"
      open={open}
      onToggle={(event) => {
        const next = event.currentTarget.open;
        if (next === open) return;
        setOpen(next);
        remembered.set(`container:${section.id}`, next);
      }}
      data-field-paths={paths.map(toFieldName).join(' ')}
    >
      <summary className="spec-section-summary">
        <span className="spec-section-title">{section.title}</span>
        {summary.set > 0 ? <span className="spec-section-count">{summary.set} set</span> : null}
        {summary.errors > 0 ? (
          <span className="badge badge-error" aria-label={`${summary.errors} errors`}>
            {summary.errors}
          </span>
        ) : null}
      </summary>
      {open ? <div className="spec-section-body">{children()}</div> : null}
    </details>
  );
}
