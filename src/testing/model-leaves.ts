/**
 * Reads the AWS model (data/aws-model/ecs-taskdef-model.json) for tests: every leaf member path of
 * RegisterTaskDefinitionRequest, and a sample document in which every optional member is present.
 * Lists are walked at index 0, maps with one key (`k1`); each member of a union counts.
 */
import type { JsonObject, JsonValue } from '../core/issues';
import type { Path } from '../core/paths';

export interface ModelShape {
  type: string;
  members?: Record<string, { shape: string }>;
  member?: { shape: string };
  value?: { shape: string };
  enum?: string[];
}

export interface AwsModel {
  shapes: Record<string, ModelShape>;
}

/** The one key the sample maps have. */
export const MAP_KEY = 'k1';

/** Members of `Volume` that each configure one kind of volume; a volume has at most one (R-TD-13). */
export const VOLUME_KINDS = [
  'host',
  'dockerVolumeConfiguration',
  'efsVolumeConfiguration',
  's3filesVolumeConfiguration',
  'fsxWindowsFileServerVolumeConfiguration',
  'configuredAtLaunch',
] as const;

function shapeOf(model: AwsModel, name: string): ModelShape {
  const shape = model.shapes[name];
  if (!shape) throw new Error(`The model has no shape ${name}`);
  return shape;
}

/** Every leaf (scalar) member path under `shapeName`. */
export function leafPaths(model: AwsModel, shapeName = 'RegisterTaskDefinitionRequest', prefix: Path = []): Path[] {
  const shape = shapeOf(model, shapeName);
  if (shape.type === 'structure' || shape.type === 'union')
    return Object.entries(shape.members ?? {}).flatMap(([key, member]) => leafPaths(model, member.shape, [...prefix, key]));
  if (shape.type === 'list') return leafPaths(model, shape.member!.shape, [...prefix, 0]);
  if (shape.type === 'map') return leafPaths(model, shape.value!.shape, [...prefix, MAP_KEY]);
  return [prefix];
}

/** Enum values that keep the sample permissive (Linux, EC2, bridge: nothing is forbidden). */
const ENUM_CHOICES: Record<string, string> = { operatingSystemFamily: 'LINUX', networkMode: 'bridge', requiresCompatibilities: 'EC2' };

/** A value of `shapeName` with every member present. */
export function sampleValue(model: AwsModel, shapeName: string, key = ''): JsonValue {
  const shape = shapeOf(model, shapeName);
  switch (shape.type) {
    case 'structure':
    case 'union': {
      const value: JsonObject = {};
      for (const [member, { shape: inner }] of Object.entries(shape.members ?? {})) value[member] = sampleValue(model, inner, member);
      return value;
    }
    case 'list':
      return [sampleValue(model, shape.member!.shape, key)];
    case 'map':
      return { [MAP_KEY]: sampleValue(model, shape.value!.shape, MAP_KEY) };
    case 'boolean':
      return true;
    case 'integer':
    case 'long':
      return 2;
    case 'string':
      return shape.enum ? (ENUM_CHOICES[key] ?? shape.enum[0]!) : `s-${key}`;
    default:
      throw new Error(`No sample for ${shape.type} (${shapeName})`);
  }
}

/**
 * A full RegisterTaskDefinitionRequest whose single volume is of kind `volumeKind` (volume kinds exclude
 * each other, so each kind gets its own document).
 */
export function sampleDocument(model: AwsModel, volumeKind: (typeof VOLUME_KINDS)[number]): JsonObject {
  const doc = sampleValue(model, 'RegisterTaskDefinitionRequest') as JsonObject;
  const volume = (doc.volumes as JsonObject[])[0]!;
  doc.volumes = [{ name: volume.name!, [volumeKind]: volume[volumeKind]! }];
  return doc;
}

/** The volume kind a leaf path needs (`host` for paths outside a volume configuration). */
export function volumeKindOfPath(path: Path): (typeof VOLUME_KINDS)[number] {
  return VOLUME_KINDS.find((kind) => path[0] === 'volumes' && path[2] === kind) ?? 'host';
}
