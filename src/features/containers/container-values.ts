import type { JsonObject, JsonValue } from '../../core/issues';
import { toInputText } from '../../components/form-values';
import { asArray, asObject, selectContainers } from '../../document/selectors';

/** The container panel's form values: what its controls show, from container `index` of the document. */
export interface ContainerValues {
  name: string;
  image: string;
  essential: boolean;
  cpu: string;
  memory: string;
  memoryReservation: string;
  command: string;
  entryPoint: string;
  workingDirectory: string;
  portMappings: { containerPort: string; hostPort: string; protocol: string }[];
  environment: { name: string; value: string }[];
  mountPoints: { sourceVolume: string; containerPath: string; readOnly: boolean }[];
}

const text = (value: JsonValue | undefined) => toInputText(value, 'text');
const number = (value: JsonValue | undefined) => toInputText(value, 'number');

export function toContainerValues(doc: JsonObject, index: number): ContainerValues {
  const container = asObject(selectContainers(doc)[index]);
  return {
    name: text(container.name),
    image: text(container.image),
    // essential defaults to true when omitted (ECS's rule), so the box shows what ECS will do.
    essential: container.essential !== false,
    cpu: number(container.cpu),
    memory: number(container.memory),
    memoryReservation: number(container.memoryReservation),
    command: toInputText(container.command, 'shell'),
    entryPoint: toInputText(container.entryPoint, 'shell'),
    workingDirectory: text(container.workingDirectory),
    portMappings: asArray(container.portMappings).map((mapping) => {
      const m = asObject(mapping);
      return { containerPort: number(m.containerPort), hostPort: number(m.hostPort), protocol: text(m.protocol) };
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
