import { useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SectionSpec } from '../../core/field-specs/types';
import { toFieldName, type Path } from '../../core/paths';
import { useDocumentStore } from '../../document/store';
import { rememberedOpen, rememberOpen, sectionHidden, sectionSummary } from './section-state';
import { SectionTitleContext } from './section-title-context';
import { SpecForm } from './SpecForm';

interface SpecSectionProps {
  section: SectionSpec;
  /** JSON path of the object the section's fields belong to: `[]` for the task, `['containerDefinitions', i]`. */
  basePath: Path;
  /** Unique per form on the page, e.g. `container-${i}-${section.id}`. */
  formId: string;
  /** Key under which the open/closed state is remembered across remounts; default `section.id`. */
  rememberKey?: string;
  /** Extra content after the spec's fields (custom controls of the same section). */
  children?: ReactNode;
  /** Hand-built controls that replace the spec's fields (rendered only while open). */
  renderBody?: () => ReactNode;
}

/**
 * A collapsible section (native `<details>`, keyboard accessible) of spec fields, collapsed unless
 * `section.open`. The fields are rendered only while it is open, so a closed section costs nothing;
 * `data-field-paths` lists the JSON paths inside, so a focus request can open it first.
 */
export function SpecSection({ section, basePath, formId, rememberKey = section.id, children, renderBody }: SpecSectionProps) {
  const [open, setOpen] = useState(() => rememberedOpen(rememberKey, section.open ?? false));
  const summary = useDocumentStore(useShallow((s) => sectionSummary(s.doc, s.issues, basePath, section.fields)));
  const hidden = useDocumentStore((s) => sectionHidden(s.doc, basePath, section.fields));
  if (hidden) return null;
  return (
    <details
      className="spec-section"
      open={open}
      onToggle={(event) => {
        const next = event.currentTarget.open;
        if (next === open) return;
        setOpen(next);
        rememberOpen(rememberKey, next);
      }}
      data-field-paths={section.fields.map((field) => toFieldName([...basePath, field.key])).join(' ')}
    >
      <summary className="spec-section-summary">
        <span className="spec-section-title">{section.title}</span>
        {summary.set > 0 ? <span className="spec-section-count">{summary.set} set</span> : null}
        {summary.errors > 0 ? (
          <span className="badge badge-error" aria-label={`${summary.errors} ${summary.errors === 1 ? 'error' : 'errors'}`}>
            {summary.errors}
          </span>
        ) : null}
      </summary>
      {open ? (
        <div className="spec-section-body">
          {section.description ? <p className="field-help spec-section-description">{section.description}</p> : null}
          <SectionTitleContext.Provider value={section.title}>
            {renderBody ? renderBody() : <SpecForm fields={section.fields} basePath={basePath} formId={formId} />}
          </SectionTitleContext.Provider>
          {children}
        </div>
      ) : null}
    </details>
  );
}
