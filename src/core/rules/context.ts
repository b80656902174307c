import { arr, asBool, asNum, concreteStr, isObj, isPlaceholder, obj, str } from './read';
import type { ContainerInfo, NetworkMode, RuleContext, TaskSize, VolumeInfo } from './types';

const NETWORK_MODES: ReadonlySet<string> = new Set(['bridge', 'host', 'awsvpc', 'none']);

/**
 * Parses task-level `cpu`: `"1024"` (units) or `"1 vCPU"`/`"0.25 vcpu"` (converted to units).
 * Numbers are accepted here (the schema reports their type), so rules can still compare sizes.
 */
export function parseTaskCpu(value: unknown): TaskSize {
  return parseSize(value, /^\s*(\d+(?:\.\d+)?)\s*vcpu\s*$/i);
}

/** Parses task-level `memory`: `"2048"` (MiB) or `"2 GB"`/`"2GB"` (converted to MiB). */
export function parseTaskMemory(value: unknown): TaskSize {
  return parseSize(value, /^\s*(\d+(?:\.\d+)?)\s*gb\s*$/i);
}

function parseSize(value: unknown, unitPattern: RegExp): TaskSize {
  if (value === undefined || value === null) return { kind: 'absent' };
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 ? { kind: 'ok', value } : { kind: 'invalid', raw: value };
  }
  if (typeof value !== 'string') return { kind: 'invalid', raw: value };
  if (isPlaceholder(value)) return { kind: 'placeholder' };
  if (/^\s*\d+\s*$/.test(value)) return { kind: 'ok', value: Number(value) };
  const match = unitPattern.exec(value);
  const scaled = match ? asNum(match[1]) : undefined;
  if (scaled !== undefined && Number.isInteger(scaled * 1024)) return { kind: 'ok', value: scaled * 1024 };
  return { kind: 'invalid', raw: value };
}

/** Computes the facts shared by all rules, once per document. Never throws, whatever the input. */
export function buildContext(doc: unknown): RuleContext {
  const root = obj(doc);

  const launchTypes = new Set<string>();
  for (const item of arr(root.requiresCompatibilities)) {
    const value = concreteStr(item);
    if (value) launchTypes.add(value);
  }
  const isFargate = launchTypes.has('FARGATE');
  const isManagedInstances = launchTypes.has('MANAGED_INSTANCES');

  const platform = obj(root.runtimePlatform);
  const osFamily = concreteStr(platform.operatingSystemFamily);
  const isWindows = osFamily !== undefined && osFamily.startsWith('WINDOWS');

  const rawMode = root.networkMode;
  const networkModeSet = rawMode !== undefined && rawMode !== null;
  let networkMode: NetworkMode | undefined;
  if (!networkModeSet) {
    if (isManagedInstances && launchTypes.size === 1) networkMode = 'awsvpc';
    else if (isFargate || isManagedInstances) networkMode = undefined;
    else networkMode = isWindows ? 'nat' : 'bridge';
  } else if (typeof rawMode === 'string' && NETWORK_MODES.has(rawMode)) {
    networkMode = rawMode as NetworkMode;
  }

  const containers: ContainerInfo[] = [];
  const containerNames = new Map<string, number>();
  arr(root.containerDefinitions).forEach((entry, index) => {
    const def = obj(entry);
    const name = str(def.name) || undefined;
    if (name !== undefined && !containerNames.has(name)) containerNames.set(name, index);
    containers.push({
      index,
      path: ['containerDefinitions', index],
      def,
      isObject: isObj(entry),
      name,
      essential: asBool(def.essential) ?? true,
    });
  });

  const volumes: VolumeInfo[] = [];
  const volumeNames = new Set<string>();
  arr(root.volumes).forEach((entry, index) => {
    const def = obj(entry);
    const name = str(def.name) || undefined;
    if (name !== undefined) volumeNames.add(name);
    volumes.push({ index, path: ['volumes', index], def, isObject: isObj(entry), name });
  });

  return {
    root,
    launchTypes,
    isFargate,
    isEc2: launchTypes.has('EC2'),
    isExternal: launchTypes.has('EXTERNAL'),
    isManagedInstances,
    networkMode,
    networkModeSet,
    osFamily,
    isWindows,
    containers,
    containerNames,
    volumes,
    volumeNames,
    taskCpu: parseTaskCpu(root.cpu),
    taskMemory: parseTaskMemory(root.memory),
    hasExecutionRole: typeof root.executionRoleArn === 'string' && root.executionRoleArn.trim() !== '',
    hasTaskRole: typeof root.taskRoleArn === 'string' && root.taskRoleArn.trim() !== '',
  };
}
