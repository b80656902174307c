import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { FieldGroup, focusWhenRendered } from '../../components/spec-form';
import { containerBasics } from '../../core/field-specs/container';
import { addListItem } from '../../document/structure-actions';
import { useApplicability } from '../../document/use-applicability';
import type { ContainerValues } from './container-values';
import { PortMappingRow } from './PortMappingRow';

interface RowsProps {
  form: UseFormReturn<ContainerValues>;
  formId: string;
  index: number;
}

const SPEC = containerBasics.fields.find((field) => field.key === 'portMappings')!;

/** Port mappings of one container; the network mode's effect on host ports is said once, above the rows. */
export function PortMappingRows({ form, formId, index }: RowsProps) {
  const { fields } = useFieldArray({ control: form.control, name: 'portMappings' });
  const base = ['containerDefinitions', index, 'portMappings'];
  // Asked for the row an "Add" would create: it has no port range yet, so only the network mode speaks.
  const hostNote = useApplicability([...base, fields.length, 'hostPort']);
  const hostIsContainerPort = hostNote?.status === 'ignored';
  return (
    <FieldGroup label={SPEC.label} path={base} help={SPEC.help} docs={SPEC.docs} className="rows port-rows">
      {({ disabled }) => (
        <>
          {hostIsContainerPort && fields.length > 0 ? (
            <p className="field-note field-note-ignored">
              <span className="field-note-tag">Host port</span> {hostNote.reason}
            </p>
          ) : null}
          {/* Keyed by position: field ids change on every reset (another container), which would rebuild the rows. */}
          {fields.map((_field, row) => (
            <PortMappingRow key={row} form={form} formId={formId} base={base} row={row} hostIsContainerPort={hostIsContainerPort} />
          ))}
          <button
            type="button"
            className="button"
            disabled={disabled}
            onClick={() => {
              // Empty: a guessed port (80) would look like a choice the user made; the empty port is flagged until typed.
              // The new row's first field takes the focus, so the keyboard user types straight into it.
              if (addListItem(base, {})) focusWhenRendered(`${base.join('.')}.${fields.length}.containerPort`);
            }}
          >
            Add port mapping
          </button>
        </>
      )}
    </FieldGroup>
  );
}
