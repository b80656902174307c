import type { JsonObject, JsonValue } from '../../core/issues';
import { toInputText } from '../../components/form-values';
import { asArray, asObject, selectContainers } from '../../document/selectors';

export interface PortMappingValues {
  containerPort: string;
  hostPort: string;
  protocol: string;
  name: string;
  appProtocol: string;
  containerPortRange: string;
}

/**
 * The form values of the container's hand-built rows (port mappings, environment, mount points), from
 * container `index` of the document. The scalar basics and the sections have forms of their own.
 */
export interface ContainerValues {
  portMappings: PortMappingValues[];
  environment: { name: string; value: string }[];
  mountPoints: { sourceVolume: string; containerPath: string; readOnly: boolean }[];
}

const text = (value: JsonValue | undefined) => toInputText(value, 'text');
const number = (value: JsonValue | undefined) => toInputText(value, 'number');

export function toContainerValues(doc: JsonObject, index: number): ContainerValues {
  const container = asObject(selectContainers(doc)[index]);
  return {
    portMappings: asArray(container.portMappings).map((mapping) => {
      const m = asObject(mapping);
      return {
        containerPort: number(m.containerPort),
        hostPort: number(m.hostPort),
        protocol: text(m.protocol),
        name: text(m.name),
        appProtocol: text(m.appProtocol),
        containerPortRange: text(m.containerPortRange),
      };
    }),
    environment: asArray(container.environment).map((variable) => {
      const v = asObject(variable);
      return { name: text(v.name), value: text(v.value) };
    }),
    mountPoints: asArray(container.mountPoints).map((mount) => {
      const m = asObject(mount);
      return { sourceVolume: text(m.sourceVolume), containerPath: text(m.containerPath), readOnly: m.readOnly === true };
    }),
  };
}
