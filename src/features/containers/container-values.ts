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
 * The form values of the container's hand-built rows (port mappings, mount points), from container `index`
 * of the document. The scalar basics and the sections have forms of their own; the environment rows read
 * the document directly (see {@link environmentTexts}).
 */
export interface ContainerValues {
  portMappings: PortMappingValues[];
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
    mountPoints: asArray(container.mountPoints).map((mount) => {
      const m = asObject(mount);
      return { sourceVolume: text(m.sourceVolume), containerPath: text(m.containerPath), readOnly: m.readOnly === true };
    }),
  };
}

/**
 * The environment of container `index` as the text boxes show it, flattened (name, value, name, value…):
 * a list of strings compares shallowly, so a store subscription re-renders only when a text changes.
 */
export function environmentTexts(doc: JsonObject, index: number): string[] {
  const texts: string[] = [];
  for (const variable of asArray(asObject(selectContainers(doc)[index]).environment)) {
    const v = asObject(variable);
    texts.push(text(v.name), text(v.value));
  }
  return texts;
}

/** The names of {@link environmentTexts}' flattened list (every other entry, from the first). */
export function environmentNames(texts: readonly string[]): string[] {
  return texts.filter((_, i) => i % 2 === 0);
}
