import { Fragment, type ReactNode } from 'react';
import { SpecSection } from '../../components/spec-form';
import { containerSections } from '../../core/field-specs/container';
import type { FieldSpec } from '../../core/field-specs/types';
import { HealthCheckFields } from './HealthCheckFields';
import { LoggingFields } from './LoggingFields';
import { SecretRows } from './SecretRows';

const SECRETS = containerSections.find((section) => section.id === 'secrets')!.fields[0] as Extract<FieldSpec, { kind: 'object-list' }>;

/** Sections whose controls are hand-built rather than rendered from their specs. */
const CUSTOM_BODIES: Record<string, (index: number, basePath: (string | number)[]) => ReactNode> = {
  secrets: (_index, basePath) => <SecretRows path={[...basePath, 'secrets']} spec={SECRETS} />,
  'health-check': (index) => <HealthCheckFields index={index} />,
  logging: (index) => <LoggingFields index={index} />,
};

/**
 * The container's less common fields in collapsed sections named like the console's. Most are rendered
 * from their specs; Secrets and Logging have hand-built rows for the ARN builder, Health check the
 * shell-line command with its split arguments.
 */
export function ContainerSections({ index }: { index: number }) {
  const basePath = ['containerDefinitions', index];
  return (
    // A focus request (problems list, field search, "Move to secrets") opens the section holding the field:
    // each section lists its paths in `data-field-paths` (app/use-form-focus-requests).
    <div className="container-sections">
      {containerSections.map((section) => {
        const body = CUSTOM_BODIES[section.id];
        return (
          <SpecSection
            key={section.id}
            section={section}
            basePath={basePath}
            formId={`container-${index}-${section.id}`}
            rememberKey={`container:${section.id}`}
            // Hand-built bodies keep per-container state (ARN builder, paste panel): new ones for another container.
            {...(body ? { renderBody: () => <Fragment key={index}>{body(index, basePath)}</Fragment> } : {})}
          />
        );
      })}
    </div>
  );
}
