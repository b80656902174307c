import { useWatch, type UseFormReturn } from 'react-hook-form';
import { portMappingFields } from '../../core/field-specs/container';
import type { FieldSpec } from '../../core/field-specs/types';
import type { Path } from '../../core/paths';
import { removeListItem } from '../../document/structure-actions';
import { useFieldApplicability, type FieldApplicabilityState } from '../../document/use-applicability';
import type { ContainerValues, PortMappingValues } from './container-values';
import { RowInput } from './RowInput';
import { RowSelect } from './RowSelect';

const spec = (key: string) => portMappingFields.find((field) => field.key === key)!;
const enumSpec = (key: string) => spec(key) as Extract<FieldSpec, { kind: 'enum' }>;
const NO_NOTE: FieldApplicabilityState = { note: null, disabled: false, violated: false };

interface PortMappingRowProps {
  form: UseFormReturn<ContainerValues>;
  formId: string;
  base: Path;
  row: number;
  /** The network mode makes ECS use the container port as host port (awsvpc, host). */
  hostIsContainerPort: boolean;
}

/** One port mapping: the common trio on the first line, Service Connect name, app protocol and port range on the second. */
export function PortMappingRow({ form, formId, base, row, hostIsContainerPort }: PortMappingRowProps) {
  const containerPort = useWatch({ control: form.control, name: `portMappings.${row}.containerPort` });
  const hostPath = [...base, row, 'hostPort'];
  const hostNote = useFieldApplicability(hostPath);
  // The network-mode note is shown once for the list; a row keeps only its own (a port range forbids a host port).
  const hostApplicability = hostNote.note?.status === 'ignored' && !hostNote.violated ? NO_NOTE : hostNote;
  const common = { form, formId } as const;
  const path = (key: keyof PortMappingValues) => [...base, row, key];
  const name = <K extends keyof PortMappingValues>(key: K) => `portMappings.${row}.${key}` as const;
  return (
    <div className="port-row">
      <div role="group" aria-label={`Port mapping ${row + 1}`} className="row-grid port-line">
        <RowInput {...common} name={name('containerPort')} path={path('containerPort')} spec={spec('containerPort')} kind="number" />
        <RowInput
          {...common}
          name={name('hostPort')}
          path={hostPath}
          spec={spec('hostPort')}
          kind="number"
          placeholder={hostIsContainerPort ? (containerPort ? `= ${containerPort}` : '= container port') : 'dynamic'}
          applicability={hostApplicability}
        />
        <RowSelect {...common} name={name('protocol')} path={path('protocol')} spec={enumSpec('protocol')} emptyLabel="(default: tcp)" />
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
      {/* A group of its own whose name does not repeat "Port mapping N", so labels stay unambiguous per group. */}
      <div role="group" aria-label={`Mapping ${row + 1}: name, app protocol, port range`} className="row-grid port-line">
        <RowInput {...common} name={name('name')} path={path('name')} spec={spec('name')} />
        <RowSelect
          {...common}
          name={name('appProtocol')}
          path={path('appProtocol')}
          spec={enumSpec('appProtocol')}
          emptyLabel="(plain TCP)"
        />
        <RowInput {...common} name={name('containerPortRange')} path={path('containerPortRange')} spec={spec('containerPortRange')} />
      </div>
    </div>
  );
}
