/**
 * ECS API names ↔ CloudFormation property names of `AWS::ECS::TaskDefinition`. CloudFormation spells almost every
 * member as the API name with a capital first letter; the exceptions below were read off the resource schema in
 * `@aws-cdk/aws-service-spec`, and `property-names.test.ts` checks every name this file can give against it.
 */
import type { JsonValue } from '../../issues';
import { KNOWN_SHAPES, ROOT_SHAPE } from '../../import-export/known-keys';
import type { ConvertReportEntry } from '../types';

/** Members whose CloudFormation name is not the API name with a capital first letter, per API shape. */
const IRREGULAR: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Volume: {
    efsVolumeConfiguration: 'EFSVolumeConfiguration',
    fsxWindowsFileServerVolumeConfiguration: 'FSxWindowsFileServerVolumeConfiguration',
    s3filesVolumeConfiguration: 'S3FilesVolumeConfiguration',
  },
  EFSVolumeConfiguration: { fileSystemId: 'FilesystemId' },
  EFSAuthorizationConfig: { iam: 'IAM' },
  ProxyConfiguration: { properties: 'ProxyConfigurationProperties' },
};

/** API members CloudFormation has no property for (the schema lacks them); the exporter reports and leaves them out. */
export const NOT_IN_CLOUDFORMATION: Readonly<Record<string, readonly string[]>> = {
  ResourceRequirement: ['sharingStrategy'],
};

export function cfnName(shape: string, member: string): string {
  return IRREGULAR[shape]?.[member] ?? member.charAt(0).toUpperCase() + member.slice(1);
}

/** The API member a CloudFormation property of `shape` stands for; case-insensitive as a fallback. */
export function ecsName(shape: string, property: string): string | undefined {
  const members = KNOWN_SHAPES[shape] ?? {};
  const names = Object.keys(members).filter((m) => !NOT_IN_CLOUDFORMATION[shape]?.includes(m));
  return names.find((m) => cfnName(shape, m) === property) ?? names.find((m) => cfnName(shape, m).toLowerCase() === property.toLowerCase());
}

/** How a value is walked: a structure (by shape name), a list of a kind, a map (keys kept) or a scalar. */
function elementKind(kind: string): string | null {
  return kind.endsWith('[]') ? kind.slice(0, -2) : null;
}

/** Called on every scalar (and every value whose shape is not the expected one): `kind` is the API kind, `target` the path on the other side. */
export type LeafTransform = (value: JsonValue, path: string, kind: string, target: string) => JsonValue;

interface Walk {
  /** Maps a member name of `shape` to its name on the other side, or `undefined` when it has none there. */
  rename(shape: string, name: string): string | undefined;
  leaf: LeafTransform;
  report: ConvertReportEntry[];
  /** Describes an unknown name for the report. */
  unknown(shape: string, name: string, path: string): string;
}

function walkValue(value: JsonValue, kind: string, path: string, target: string, walk: Walk): JsonValue {
  const element = elementKind(kind);
  if (element !== null) {
    if (!Array.isArray(value)) return walk.leaf(value, path, kind, target);
    return value.map((item, i) => walkValue(item, element, `${path}.${i}`, `${target}.${i}`, walk));
  }
  if (kind === 'map') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return walk.leaf(value, path, kind, target);
    const out: Record<string, JsonValue> = {};
    for (const [key, member] of Object.entries(value)) out[key] = walk.leaf(member, `${path}.${key}`, 'string', `${target}.${key}`);
    return out;
  }
  if (KNOWN_SHAPES[kind]) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return walk.leaf(value, path, kind, target);
    return walkStructure(value, kind, path, target, walk);
  }
  return walk.leaf(value, path, kind, target);
}

function walkStructure(value: { [key: string]: JsonValue }, shape: string, path: string, target: string, walk: Walk): JsonValue {
  const out: Record<string, JsonValue> = {};
  for (const [key, member] of Object.entries(value)) {
    const renamed = walk.rename(shape, key);
    const at = path === '' ? key : `${path}.${key}`;
    if (renamed === undefined) {
      walk.report.push({ severity: 'warning', source: at, message: walk.unknown(shape, key, at) });
      continue;
    }
    // The kind is looked up by the API name, whichever side this walk starts from.
    const apiName = KNOWN_SHAPES[shape]?.[key] !== undefined ? key : renamed;
    const to = target === '' ? renamed : `${target}.${renamed}`;
    out[renamed] = walkValue(member, KNOWN_SHAPES[shape]?.[apiName] ?? 'string', at, to, walk);
  }
  return out;
}

/** Register input → `Properties` of an `AWS::ECS::TaskDefinition`. Members CloudFormation lacks are reported and left out. */
export function toCloudFormationProperties(doc: { [key: string]: JsonValue }, leaf: LeafTransform, report: ConvertReportEntry[]) {
  return renameForCloudFormation(doc, leaf, report, cfnName);
}

/**
 * Register input with every name given by `name(shape, member)` (CloudFormation's, or the CDK L1 props' derived from
 * them); members CloudFormation lacks are reported and left out.
 */
export function renameForCloudFormation(
  doc: { [key: string]: JsonValue },
  leaf: LeafTransform,
  report: ConvertReportEntry[],
  name: (shape: string, member: string) => string,
) {
  return walkStructure(doc, ROOT_SHAPE, '', '', {
    rename: (shape, member) =>
      KNOWN_SHAPES[shape]?.[member] === undefined || NOT_IN_CLOUDFORMATION[shape]?.includes(member) ? undefined : name(shape, member),
    leaf,
    report,
    unknown: (shape, name) =>
      KNOWN_SHAPES[shape]?.[name] === undefined
        ? `"${name}" is not an ECS ${shape} field, so CloudFormation would reject it; it was left out.`
        : `CloudFormation has no property for ${shape}.${name}; it was left out (set it with the API or the console).`,
  }) as { [key: string]: JsonValue };
}

/** `Properties` of an `AWS::ECS::TaskDefinition` → register input. Unknown properties are reported and left out. */
export function fromCloudFormationProperties(
  properties: { [key: string]: JsonValue },
  leaf: LeafTransform,
  report: ConvertReportEntry[],
  prefix: string,
) {
  return walkStructure(properties, ROOT_SHAPE, prefix, '', {
    rename: (shape, name) => ecsName(shape, name),
    leaf,
    report,
    unknown: (shape, name) =>
      `"${name}" is not a property of ${shape === ROOT_SHAPE ? 'AWS::ECS::TaskDefinition' : shape}; it was left out.`,
  }) as { [key: string]: JsonValue };
}
