/** Compose CPU, memory and GPU settings (`deploy.resources`, `mem_limit`, `cpus`, `gpus` …) → ECS container sizes. */
import type { JsonObject } from '../../issues';
import type { MapContext } from './context';
import type { Obj, Reporter } from './reporter';
import { isObj, quote, scalarText } from './reporter';
import { cpuUnits, parseMebibytes } from './units';

/** The container fields resources set: cpu, memory, memoryReservation, resourceRequirements. */
export type Sizes = Partial<Record<'cpu' | 'memory' | 'memoryReservation', number>> & { gpus?: number };

function megabytes(value: unknown, r: Reporter, path: (string | number)[]): number | undefined {
  const mib = parseMebibytes(value);
  if (mib === undefined) r.warn(path, `Cannot read ${quote(value)} as a memory size; left out.`);
  return mib;
}

function cpus(value: unknown, r: Reporter, path: (string | number)[]): number | undefined {
  const units = cpuUnits(value);
  if (units === undefined) r.warn(path, `Cannot read ${quote(value)} as a number of CPUs; left out.`);
  return units;
}

/** GPUs asked in `deploy.resources.reservations.devices` or `gpus`; `all` counts as one (reported). */
function gpuCount(devices: unknown, r: Reporter): number {
  let total = 0;
  const list = Array.isArray(devices) ? devices : [];
  list.forEach((device, i) => {
    if (!isObj(device)) return;
    const capabilities = Array.isArray(device.capabilities) ? device.capabilities : [];
    if (!capabilities.includes('gpu')) {
      r.warn([i], `Device reservation ${quote(device.capabilities)} has no ECS equivalent; left out.`);
      return;
    }
    if (device.device_ids !== undefined) r.info([i, 'device_ids'], 'ECS picks the GPUs itself; device_ids are left out.');
    const count = scalarText(device.count);
    if (count === undefined || count === 'all') {
      r.warn([i], 'ECS needs a GPU count; "all" (or no count) is set to 1 GPU.');
      total += 1;
    } else total += Math.max(1, Math.round(Number(count)) || 1);
  });
  return total;
}

/** Reads `deploy.resources` into `sizes`; everything else under deploy is reported. */
export function mapDeploy(deploy: unknown, sizes: Sizes, r: Reporter): void {
  if (!isObj(deploy)) return;
  for (const [key, value] of Object.entries(deploy)) {
    const at = r.at([key]);
    if (key === 'resources' && isObj(value)) mapResources(value, sizes, at);
    else if (key === 'replicas')
      at.info([], `ECS runs ${quote(value)} copies of a task through the service's desiredCount, not the task definition.`);
    else if (key === 'restart_policy')
      at.info([], 'ECS services replace stopped tasks; per-container restarts are the restart key (restartPolicy).');
    else if (!key.startsWith('x-'))
      at.warn([], `deploy.${key} has no equivalent in a task definition; left out (set it on the ECS service).`);
  }
}

function mapResources(resources: Obj, sizes: Sizes, r: Reporter): void {
  const limits = isObj(resources.limits) ? resources.limits : {};
  const reservations = isObj(resources.reservations) ? resources.reservations : {};
  if (limits.cpus !== undefined) setSize(sizes, 'cpu', cpus(limits.cpus, r, ['limits', 'cpus']));
  if (limits.memory !== undefined) setSize(sizes, 'memory', megabytes(limits.memory, r, ['limits', 'memory']));
  if (reservations.memory !== undefined) setSize(sizes, 'memoryReservation', megabytes(reservations.memory, r, ['reservations', 'memory']));
  if (reservations.cpus !== undefined) {
    if (limits.cpus === undefined) setSize(sizes, 'cpu', cpus(reservations.cpus, r, ['reservations', 'cpus']));
    else r.info(['reservations', 'cpus'], 'ECS has one CPU figure per container; the limit is kept and the reservation left out.');
  }
  if (reservations.devices !== undefined)
    sizes.gpus = (sizes.gpus ?? 0) + gpuCount(reservations.devices, r.at(['reservations', 'devices']));
  for (const key of Object.keys(limits))
    if (key !== 'cpus' && key !== 'memory') r.warn(['limits', key], `limits.${key} has no ECS equivalent; left out.`);
  for (const key of Object.keys(reservations))
    if (!['cpus', 'memory', 'devices'].includes(key)) r.warn(['reservations', key], `reservations.${key} has no ECS equivalent; left out.`);
}

function setSize(sizes: Sizes, field: 'cpu' | 'memory' | 'memoryReservation', value: number | undefined): void {
  if (value !== undefined) sizes[field] = value;
}

/** The service-level size keys (older compose files and `docker run` flags). */
export function mapSizeKey(key: string, value: unknown, sizes: Sizes, ctx: MapContext): boolean {
  const { r } = ctx;
  switch (key) {
    case 'mem_limit':
      setSize(sizes, 'memory', megabytes(value, r, [key]));
      return true;
    case 'mem_reservation':
      setSize(sizes, 'memoryReservation', megabytes(value, r, [key]));
      return true;
    case 'cpus':
      setSize(sizes, 'cpu', cpus(value, r, [key]));
      return true;
    case 'cpu_shares': {
      const shares = Number(scalarText(value));
      if (Number.isFinite(shares)) sizes.cpu = Math.round(shares);
      else r.warn([key], `Cannot read ${quote(value)} as CPU shares; left out.`);
      return true;
    }
    case 'gpus':
      sizes.gpus =
        (sizes.gpus ?? 0) +
        (value === 'all' || typeof value === 'string'
          ? (r.warn([key], 'ECS needs a GPU count; "all" is set to 1 GPU.'), 1)
          : gpuCount(value, r.at([key])));
      return true;
  }
  return false;
}

/** Writes the sizes onto the container; memory below a reservation is reported. */
export function applySizes(container: JsonObject, sizes: Sizes, ctx: MapContext): void {
  if (sizes.cpu !== undefined) container.cpu = sizes.cpu;
  if (sizes.memory !== undefined) container.memory = sizes.memory;
  if (sizes.memoryReservation !== undefined) {
    if (sizes.memory !== undefined && sizes.memoryReservation > sizes.memory) {
      ctx.r.warn(
        [],
        `The memory reservation (${sizes.memoryReservation} MiB) is above the limit (${sizes.memory} MiB); ECS needs it below, so it is left out.`,
      );
    } else container.memoryReservation = sizes.memoryReservation;
  }
  if (sizes.gpus) container.resourceRequirements = [{ type: 'GPU', value: String(sizes.gpus) }];
}
