/** Compose kernel and process settings → ECS `linuxParameters`, `ulimits`, `systemControls` and security fields. */
import type { JsonObject } from '../../issues';
import { ulimitNameSchema } from '../../schema/enums';
import type { MapContext } from './context';
import { allowed } from './context';
import { isObj, quote, scalarText, stringList } from './reporter';
import { parseMebibytes } from './units';

/** The ulimit names ECS accepts (the API's enum). */
const ULIMITS = new Set<string>(ulimitNameSchema.options);

export function mapUlimits(value: unknown, ctx: MapContext, key = 'ulimits'): JsonObject[] {
  if (!isObj(value)) {
    ctx.r.warn([key], `Cannot read ${quote(value)} as ulimits; left out.`);
    return [];
  }
  const out: JsonObject[] = [];
  for (const [name, limit] of Object.entries(value)) {
    const path = [key, name];
    if (!ULIMITS.has(name)) {
      ctx.r.warn(path, `ECS has no ulimit "${name}"; left out.`);
      continue;
    }
    const soft = Number(scalarText(isObj(limit) ? limit.soft : limit));
    const hard = Number(scalarText(isObj(limit) ? limit.hard : limit));
    if (!Number.isInteger(soft) || !Number.isInteger(hard)) ctx.r.warn(path, `Cannot read ${quote(limit)} as a ulimit; left out.`);
    else out.push({ name, softLimit: soft, hardLimit: hard });
  }
  return out;
}

export function mapSysctls(value: unknown, ctx: MapContext, key = 'sysctls'): JsonObject[] {
  const entries: [string, string | undefined][] = Array.isArray(value)
    ? (stringList(value) ?? []).map((text) => {
        const at = text.indexOf('=');
        return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
      })
    : isObj(value)
      ? Object.entries(value).map(([name, v]) => [name, scalarText(v)])
      : [];
  const out: JsonObject[] = [];
  entries.forEach(([namespace, text], i) => {
    if (text === undefined)
      ctx.r.warn([key, Array.isArray(value) ? i : namespace], `Cannot read a value for sysctl "${namespace}"; left out.`);
    else out.push({ namespace, value: text });
  });
  return out;
}

/** `cap_add` / `cap_drop` names without the `CAP_` prefix, as ECS writes them. */
export function capabilityNames(value: unknown): string[] {
  return (stringList(value) ?? []).map((name) => name.toUpperCase().replace(/^CAP_/, ''));
}

const PERMISSIONS: Record<string, string> = { r: 'read', w: 'write', m: 'mknod' };

export function mapDevices(value: unknown, ctx: MapContext, key = 'devices'): JsonObject[] {
  if (!allowed(ctx, key, 'devices')) return [];
  const out: JsonObject[] = [];
  (Array.isArray(value) ? value : [value]).forEach((entry, i) => {
    const path = [key, i];
    let hostPath: string | undefined;
    let containerPath: string | undefined;
    let permissions: string | undefined;
    if (isObj(entry)) {
      hostPath = scalarText(entry.source);
      containerPath = scalarText(entry.target);
      permissions = scalarText(entry.permissions);
    } else {
      const text = scalarText(entry) ?? '';
      if (!text.startsWith('/')) {
        ctx.r.warn(path, `ECS maps host device paths only; ${quote(entry)} (a CDI device?) is left out.`);
        return;
      }
      [hostPath, containerPath, permissions] = text.split(':');
    }
    if (!hostPath) {
      ctx.r.warn(path, `Cannot read ${quote(entry)} as a device; left out.`);
      return;
    }
    const device: JsonObject = { hostPath, containerPath: containerPath || hostPath };
    if (permissions) device.permissions = [...permissions].map((p) => PERMISSIONS[p]).filter((p): p is string => p !== undefined);
    out.push(device);
  });
  return out;
}

/** `shm_size` → sharedMemorySize (MiB). */
export function sharedMemory(value: unknown, ctx: MapContext, key = 'shm_size'): number | undefined {
  if (!allowed(ctx, key, 'sharedMemorySize')) return undefined;
  const mib = parseMebibytes(value);
  if (mib === undefined) ctx.r.warn([key], `Cannot read ${quote(value)} as a size; left out.`);
  return mib;
}
