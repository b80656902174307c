import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { addListItem, removeListItem } from '../../document/structure-actions';
import type { ContainerValues } from './container-values';

const PROTOCOLS = [
  { value: 'tcp', label: 'tcp' },
  { value: 'udp', label: 'udp' },
] as const;

interface RowsProps {
  form: UseFormReturn<ContainerValues>;
  formId: string;
  index: number;
}

/** Port mappings of one container: container port, host port and protocol per row. */
export function PortMappingRows({ form, formId, index }: RowsProps) {
  const { fields } = useFieldArray({ control: form.control, name: 'portMappings' });
  const base = ['containerDefinitions', index, 'portMappings'];
  return (
    <fieldset className="rows">
      <legend>Port mappings</legend>
      {fields.map((field, row) => (
        <div role="group" aria-label={`Port mapping ${row + 1}`} className="row" key={field.id}>
          <TextInput
            form={form}
            formId={formId}
            name={`portMappings.${row}.containerPort`}
            path={[...base, row, 'containerPort']}
            label="Container port"
            kind="number"
          />
          <TextInput
            form={form}
            formId={formId}
            name={`portMappings.${row}.hostPort`}
            path={[...base, row, 'hostPort']}
            label="Host port"
            kind="number"
          />
          <SelectInput
            form={form}
            formId={formId}
            name={`portMappings.${row}.protocol`}
            path={[...base, row, 'protocol']}
            label="Protocol"
            options={PROTOCOLS}
            emptyLabel="(default: tcp)"
          />
          <button
            type="button"
            className="button-icon"
            onClick={() => removeListItem(base, row)}
            aria-label={`Remove port mapping ${row + 1}`}
            title="Remove"
          >
            ✕
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => addListItem(base, { containerPort: 80, protocol: 'tcp' })}>
        Add port mapping
      </button>
    </fieldset>
  );
}
