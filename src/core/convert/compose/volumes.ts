/** Compose `volumes` (short `SOURCE:TARGET[:MODE]` and long syntax), `tmpfs` and `volumes_from` → ECS mounts. */
import type { JsonObject } from '../../issues';
import type { MapContext } from './context';
import { allowed } from './context';
import type { Reporter } from './reporter';
import { isObj, quote, scalarText, stringList } from './reporter';
import { parseMebibytes } from './units';

interface Mount {
  type: 'volume' | 'bind' | 'tmpfs' | string;
  source?: string;
  target: string;
  readOnly: boolean;
  tmpfsSize?: number;
}

/** A host path per the compose spec: starts with `/`, `.`, `~` or a Windows drive; anything else names a volume. */
const isPath = (source: string) => /^[/.~]/.test(source) || /^[A-Za-z]:[\\/]/.test(source);

function parseShortVolume(text: string, r: Reporter): Mount | undefined {
  // A Windows drive letter (C:\data) is a path, not a separator.
  const drive = /^[A-Za-z]:[\\/]/.test(text) ? text.slice(0, 2) : '';
  const parts = text.slice(drive.length).split(':');
  parts[0] = drive + parts[0];
  if (parts.length === 1) return parts[0] ? { type: 'volume', target: parts[0], readOnly: false } : undefined;
  if (parts.length > 3 || !parts[1]) return undefined;
  const [source = '', target, mode = ''] = parts;
  const modes = mode.split(',').filter(Boolean);
  const dropped = modes.filter((m) => m !== 'ro' && m !== 'rw');
  if (dropped.length) r.info([], `Mount options ${dropped.join(', ')} have no ECS equivalent; left out.`);
  return {
    type: source === '' ? 'volume' : isPath(source) ? 'bind' : 'volume',
    ...(source ? { source } : {}),
    target,
    readOnly: modes.includes('ro'),
  };
}

const LONG_KEYS = new Set(['type', 'source', 'target', 'read_only', 'bind', 'volume', 'tmpfs', 'consistency']);

function parseLongVolume(value: Record<string, unknown>, r: Reporter): Mount | undefined {
  const target = scalarText(value.target);
  if (!target) return undefined;
  const source = scalarText(value.source);
  const type = scalarText(value.type) ?? (source && isPath(source) ? 'bind' : 'volume');
  const mount: Mount = { type, target, readOnly: value.read_only === true, ...(source ? { source } : {}) };
  for (const key of Object.keys(value)) {
    if (key.startsWith('x-')) continue;
    if (!LONG_KEYS.has(key)) r.warn([key], `Mount key "${key}" has no ECS equivalent; left out.`);
    else if (key === 'consistency') r.info([key], 'Mount consistency has no ECS equivalent; left out.');
  }
  for (const [group, known] of [
    ['bind', ['create_host_path']],
    ['volume', []],
    ['tmpfs', ['size']],
  ] as const) {
    const options = value[group];
    if (!isObj(options)) continue;
    for (const key of Object.keys(options))
      if (!(known as readonly string[]).includes(key))
        r.info([group, key], `Mount option ${group}.${key} has no ECS equivalent; left out.`);
  }
  if (isObj(value.tmpfs) && value.tmpfs.size !== undefined) {
    const size = parseMebibytes(value.tmpfs.size);
    if (size !== undefined) mount.tmpfsSize = size;
  }
  return mount;
}

const DEFAULT_TMPFS_MIB = 64;
const TMPFS_OPTIONS = new Set([
  'defaults',
  'ro',
  'rw',
  'suid',
  'nosuid',
  'dev',
  'nodev',
  'exec',
  'noexec',
  'sync',
  'async',
  'dirsync',
  'remount',
  'mand',
  'nomand',
  'atime',
  'noatime',
  'diratime',
  'nodiratime',
  'bind',
  'rbind',
  'unbindable',
  'runbindable',
  'private',
  'rprivate',
  'shared',
  'rshared',
  'slave',
  'rslave',
  'relatime',
  'norelatime',
  'strictatime',
  'nostrictatime',
]);

function tmpfsEntry(containerPath: string, size: number | undefined, options: string[], r: Reporter): JsonObject {
  if (size === undefined) r.warn([], `ECS needs a size for the tmpfs at ${containerPath}; set to ${DEFAULT_TMPFS_MIB} MiB.`);
  const mountOptions = options.filter((o) => TMPFS_OPTIONS.has(o));
  const dropped = options.filter((o) => !TMPFS_OPTIONS.has(o));
  if (dropped.length) r.info([], `tmpfs options ${dropped.join(', ')} have no ECS equivalent; left out.`);
  return { containerPath, size: Math.max(1, size ?? DEFAULT_TMPFS_MIB), ...(mountOptions.length ? { mountOptions } : {}) };
}

export interface MountResult {
  mountPoints: JsonObject[];
  tmpfs: JsonObject[];
}

/** Maps the service's `volumes` list into mount points (adding the task volumes) and tmpfs mounts. */
export function mapVolumes(value: unknown, ctx: MapContext, key = 'volumes'): MountResult {
  const out: MountResult = { mountPoints: [], tmpfs: [] };
  const list = Array.isArray(value) ? value : [value];
  list.forEach((entry, i) => {
    const r = ctx.r.at(Array.isArray(value) ? [key, i] : [key]);
    const text = scalarText(entry);
    const mount = isObj(entry) ? parseLongVolume(entry, r) : text !== undefined ? parseShortVolume(text, r) : undefined;
    if (!mount) {
      r.warn([], `Cannot read ${quote(entry)} as a mount; left out.`);
      return;
    }
    if (mount.type === 'tmpfs') {
      if (ctx.launchType === 'fargate') r.warn([], `Fargate has no tmpfs mounts; the tmpfs at ${mount.target} is left out.`);
      else out.tmpfs.push(tmpfsEntry(mount.target, mount.tmpfsSize, mount.readOnly ? ['ro'] : [], r));
      return;
    }
    let sourceVolume: string;
    if (mount.type === 'bind' && mount.source) {
      if (mount.source === '/var/run/docker.sock' && ctx.launchType === 'fargate')
        r.warn([], 'Fargate tasks cannot reach a Docker daemon; the Docker socket mount will not work there.');
      sourceVolume = ctx.volumes.bind(mount.source, r);
    } else if (mount.type === 'volume' && mount.source) {
      sourceVolume = ctx.volumes.named(mount.source, r);
    } else if (mount.type === 'volume') {
      sourceVolume = ctx.volumes.anonymous(ctx.name, mount.target);
      r.info([], `Anonymous volume at ${mount.target} becomes the task volume "${sourceVolume}", which lives as long as the task.`);
    } else {
      r.warn([], `Mount type "${mount.type}" has no ECS equivalent; left out.`);
      return;
    }
    out.mountPoints.push({ sourceVolume, containerPath: mount.target, readOnly: mount.readOnly });
  });
  return out;
}

/** Maps the service's `tmpfs` (a path or a list of `PATH[:OPTIONS]`). */
export function mapTmpfs(value: unknown, ctx: MapContext, key = 'tmpfs'): JsonObject[] {
  const list = stringList(value);
  if (!list) {
    ctx.r.warn([key], `Cannot read ${quote(value)} as tmpfs mounts; left out.`);
    return [];
  }
  if (!allowed(ctx, key, 'tmpfs')) return [];
  return list.map((text, i) => {
    const r = ctx.r.at(Array.isArray(value) ? [key, i] : [key]);
    const [path = '', optionText = ''] = text.split(/:(.*)/s);
    const options = optionText.split(',').filter(Boolean);
    const sizeOption = options.find((o) => o.startsWith('size='));
    const size = sizeOption ? parseMebibytes(sizeOption.slice(5)) : undefined;
    return tmpfsEntry(
      path,
      size,
      options.filter((o) => !o.startsWith('size=')),
      r,
    );
  });
}

/** Maps `volumes_from` (`service[:ro]`, `container:name[:ro]`). */
export function mapVolumesFrom(value: unknown, ctx: MapContext, key = 'volumes_from'): JsonObject[] {
  const list = stringList(value) ?? [];
  const out: JsonObject[] = [];
  list.forEach((text, i) => {
    const path = [key, i];
    const parts = text.split(':');
    if (parts[0] === 'container') {
      ctx.r.warn(path, `ECS shares volumes only between containers of the task; "${text}" is left out.`);
      return;
    }
    const [source = '', mode] = parts;
    if (!ctx.selected.has(source)) {
      ctx.r.warn(path, `"${source}" is not a container of this task; left out.`);
      return;
    }
    out.push({ sourceContainer: source, readOnly: mode === 'ro' });
  });
  return out;
}
