import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { TextInput } from '../../components/TextInput';
import { addListItem, removeListItem } from '../../document/structure-actions';
import type { ContainerValues } from './container-values';

interface RowsProps {
  form: UseFormReturn<ContainerValues>;
  formId: string;
  index: number;
}

/** Environment variables of one container, as name/value rows. */
export function EnvironmentRows({ form, formId, index }: RowsProps) {
  const { fields } = useFieldArray({ control: form.control, name: 'environment' });
  const base = ['containerDefinitions', index, 'environment'];
  return (
    <fieldset className="rows">
      <legend>Environment variables</legend>
      {fields.map((field, row) => (
        <div role="group" aria-label={`Environment variable ${row + 1}`} className="row" key={field.id}>
          <TextInput
            form={form}
            formId={formId}
            name={`environment.${row}.name`}
            path={[...base, row, 'name']}
            label="Name"
            emptyAs="empty-string"
          />
          <TextInput
            form={form}
            formId={formId}
            name={`environment.${row}.value`}
            path={[...base, row, 'value']}
            label="Value"
            emptyAs="empty-string"
          />
          <button
            type="button"
            className="button-icon"
            onClick={() => removeListItem(base, row)}
            aria-label={`Remove environment variable ${row + 1}`}
            title="Remove"
          >
            ✕
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => addListItem(base, { name: '', value: '' })}>
        Add environment variable
      </button>
    </fieldset>
  );
}
