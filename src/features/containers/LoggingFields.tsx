import { FieldGroup, SpecFields, useSpecForm } from '../../components/spec-form';
import { containerSections } from '../../core/field-specs/container';
import type { FieldSpec } from '../../core/field-specs/types';
import { SecretRows } from './SecretRows';

type ObjectSpec = Extract<FieldSpec, { kind: 'object' }>;
type ListSpec = Extract<FieldSpec, { kind: 'object-list' }>;

const LOG_CONFIGURATION = containerSections.find((section) => section.id === 'logging')!.fields[0] as ObjectSpec;
/** Driver and options come from the spec renderer; secret options are hand-built rows with the ARN builder. */
const GENERIC_FIELDS = LOG_CONFIGURATION.fields.filter((field) => field.key !== 'secretOptions');
const SECRET_OPTIONS = LOG_CONFIGURATION.fields.find((field) => field.key === 'secretOptions') as ListSpec;

/** The container's log configuration: driver, options, and secret options with the ARN builder. */
export function LoggingFields({ index }: { index: number }) {
  const path = ['containerDefinitions', index, 'logConfiguration'];
  const formId = `container-${index}-logging`;
  const form = useSpecForm(formId, path, GENERIC_FIELDS);
  return (
    <FieldGroup
      label={LOG_CONFIGURATION.label}
      path={path}
      help={LOG_CONFIGURATION.help}
      docs={LOG_CONFIGURATION.docs}
      className="spec-object"
    >
      {() => (
        <>
          <SpecFields fields={GENERIC_FIELDS} form={form} formId={formId} basePath={path} namePrefix="" />
          <SecretRows path={[...path, 'secretOptions']} spec={SECRET_OPTIONS} />
        </>
      )}
    </FieldGroup>
  );
}
