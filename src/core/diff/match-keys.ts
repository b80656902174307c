/**
 * How the semantic diff matches the items of each list in a task definition: by what identifies them (a container by
 * its name, a variable by its name, a port mapping by its port), so that reordering a list is not a change.
 */
import type { JsonValue } from '../issues';
import { isJsonObject } from '../import-export/json-value';

/** The identity of a list item, or `null` when it has none (then the list is compared by position). */
type KeyOf = (item: JsonValue) => string | null;

const field =
  (...names: string[]): KeyOf =>
  (item) => {
    if (!isJsonObject(item)) return null;
    const parts = names.map((name) => item[name]);
    if (parts[0] === undefined || parts[0] === null) return null;
    return parts.map((part) => (part === undefined || part === null ? '' : String(part))).join('/');
  };

const portKey: KeyOf = (item) => {
  if (!isJsonObject(item)) return null;
  const protocol = typeof item.protocol === 'string' ? item.protocol : 'tcp';
  if (item.containerPort !== undefined && item.containerPort !== null) return `${String(item.containerPort)}/${protocol}`;
  if (typeof item.containerPortRange === 'string') return `${item.containerPortRange}/${protocol}`;
  return null;
};

/** Lists keyed by identity, by the name of the list (the last object key on the path). */
const KEYED_LISTS: Record<string, KeyOf> = {
  containerDefinitions: field('name'),
  volumes: field('name'),
  environment: field('name'),
  secrets: field('name'),
  secretOptions: field('name'),
  ulimits: field('name'),
  portMappings: portKey,
  mountPoints: field('containerPath'),
  volumesFrom: field('sourceContainer'),
  dependsOn: field('containerName'),
  extraHosts: field('hostname'),
  systemControls: field('namespace'),
  tags: field('key'),
  resourceRequirements: field('type'),
  inferenceAccelerators: field('deviceName'),
  environmentFiles: field('value', 'type'),
  devices: field('hostPath'),
  tmpfs: field('containerPath'),
  properties: field('name'),
  placementConstraints: field('type', 'expression'),
};

/** Lists of strings whose order means nothing to ECS: compared as sets. (`command` and `entryPoint` keep order.) */
const SET_LISTS = new Set([
  'requiresCompatibilities',
  'links',
  'dnsServers',
  'dnsSearchDomains',
  'dockerSecurityOptions',
  'add',
  'drop',
  'credentialSpecs',
  'mountOptions',
  'permissions',
]);

export function keyOfList(listName: string | number | undefined): KeyOf | null {
  return typeof listName === 'string' ? (KEYED_LISTS[listName] ?? null) : null;
}

export function isSetList(listName: string | number | undefined): boolean {
  return typeof listName === 'string' && SET_LISTS.has(listName);
}

/**
 * Values ECS assumes when a field is absent, so that writing the default is not a change. Keyed by the field's name
 * and the name of the object holding it (`containerDefinitions` for a container's fields).
 */
const DEFAULTS: Record<string, JsonValue> = {
  'containerDefinitions.essential': true,
  'portMappings.protocol': 'tcp',
  'mountPoints.readOnly': false,
  'volumesFrom.readOnly': false,
};

export function defaultOf(holder: string | number | undefined, key: string): JsonValue | undefined {
  return typeof holder === 'string' ? DEFAULTS[`${holder}.${key}`] : undefined;
}
