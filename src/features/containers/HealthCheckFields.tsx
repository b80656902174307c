import { FieldGroup, SpecFields, useSpecForm } from '../../components/spec-form';
import { containerSections } from '../../core/field-specs/container';
import type { FieldSpec } from '../../core/field-specs/types';
import { ShellCommandField } from './ShellCommandField';

type ObjectSpec = Extract<FieldSpec, { kind: 'object' }>;

const HEALTH_CHECK = containerSections.find((section) => section.id === 'health-check')!.fields[0] as ObjectSpec;
const COMMAND = HEALTH_CHECK.fields.find((field) => field.key === 'command') as Extract<FieldSpec, { kind: 'shell' }>;
/** Interval, timeout, retries and start period come from the spec renderer. */
const TIMING_FIELDS = HEALTH_CHECK.fields.filter((field) => field.key !== 'command');

/** The health check: its command as a shell line with the split arguments shown, then its timings. */
export function HealthCheckFields({ index }: { index: number }) {
  const path = ['containerDefinitions', index, 'healthCheck'];
  const formId = `container-${index}-health-check`;
  const form = useSpecForm(formId, path, TIMING_FIELDS);
  return (
    <FieldGroup label={HEALTH_CHECK.label} path={path} help={HEALTH_CHECK.help} docs={HEALTH_CHECK.docs} className="spec-object">
      {() => (
        <>
          <ShellCommandField spec={COMMAND} path={[...path, 'command']} />
          <SpecFields fields={TIMING_FIELDS} form={form} formId={formId} basePath={path} namePrefix="" />
        </>
      )}
    </FieldGroup>
  );
}
