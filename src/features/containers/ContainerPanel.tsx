import { useCallback } from 'react';
import { CheckboxInput } from '../../components/CheckboxInput';
import { TextInput } from '../../components/TextInput';
import type { JsonObject } from '../../core/issues';
import { useDocumentForm } from '../../document/use-document-form';
import { toContainerValues } from './container-values';
import { EnvironmentRows } from './EnvironmentRows';
import { MountPointRows } from './MountPointRows';
import { PortMappingRows } from './PortMappingRows';

/** Every first-slice field of container `index`. Re-created (by key) when another container is selected. */
export function ContainerPanel({ index }: { index: number }) {
  const formId = `container-${index}`;
  const toValues = useCallback((doc: JsonObject) => toContainerValues(doc, index), [index]);
  const form = useDocumentForm(formId, toValues);
  const common = { form, formId } as const;
  const path = (...rest: string[]) => ['containerDefinitions', index, ...rest];
  return (
    <div className="container-panel">
      <div className="field-row">
        <TextInput
          {...common}
          name="name"
          path={path('name')}
          label="Container name"
          description="Unique in the task: letters, digits, - and _."
        />
        <CheckboxInput
          {...common}
          name="essential"
          path={path('essential')}
          label="Essential"
          description="If it stops, the whole task stops."
        />
      </div>
      <TextInput
        {...common}
        name="image"
        path={path('image')}
        label="Image"
        description="Repository and tag, e.g. nginx:1.27 or an ECR URI."
        placeholder="repository:tag"
      />
      <div className="field-row">
        <TextInput {...common} name="cpu" path={path('cpu')} label="CPU units" kind="number" />
        <TextInput {...common} name="memory" path={path('memory')} label="Memory hard limit (MiB)" kind="number" />
        <TextInput {...common} name="memoryReservation" path={path('memoryReservation')} label="Memory reservation (MiB)" kind="number" />
      </div>
      <PortMappingRows {...common} index={index} />
      <EnvironmentRows {...common} index={index} />
      <MountPointRows {...common} index={index} />
      <TextInput
        {...common}
        name="command"
        path={path('command')}
        label="Command"
        kind="shell"
        description="Typed as a shell line; split into arguments the way a shell would."
      />
      <TextInput
        {...common}
        name="entryPoint"
        path={path('entryPoint')}
        label="Entry point"
        kind="shell"
        description="Typed as a shell line, like Command."
      />
      <TextInput {...common} name="workingDirectory" path={path('workingDirectory')} label="Working directory" placeholder="/app" />
    </div>
  );
}
