/**
 * Builds the task definition around the containers: network mode and launch type, a valid Fargate size from the
 * containers' sums, memory for EC2 containers that state none, and essential: false for containers others wait for.
 */
import type { JsonObject } from '../../issues';
import type { LaunchType, NetworkMode, TaskHints } from './context';
import type { Reporter } from './reporter';
import { isObj } from './reporter';
import { ecsName } from './units';

/** Fargate CPU units → the memory sizes (MiB) it allows, smallest first. */
const FARGATE_SIZES: readonly [number, readonly number[]][] = (() => {
  const range = (from: number, to: number, step: number) => Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step);
  return [
    [256, [512, 1024, 2048]],
    [512, [1024, 2048, 3072, 4096]],
    [1024, range(2048, 8192, 1024)],
    [2048, range(4096, 16384, 1024)],
    [4096, range(8192, 30720, 1024)],
    [8192, range(16384, 61440, 4096)],
    [16384, range(32768, 122880, 8192)],
  ];
})();

/** The smallest Fargate size holding `cpu` units and `memory` MiB; the largest one when nothing holds them. */
export function fargateSize(cpu: number, memory: number): { cpu: number; memory: number; fits: boolean } {
  for (const [units, memories] of FARGATE_SIZES) {
    if (units < cpu) continue;
    const fit = memories.find((m) => m >= memory);
    if (fit !== undefined) return { cpu: units, memory: fit, fits: true };
  }
  return { cpu: 16384, memory: 122880, fits: false };
}

/** Default memory reservation for EC2 containers that state no memory (ECS needs one per container or task). */
export const EC2_DEFAULT_RESERVATION = 256;

export interface TaskInput {
  family: string;
  containers: JsonObject[];
  volumes: JsonObject[];
  launchType: LaunchType;
  networkMode: NetworkMode;
  hints: TaskHints;
  /** Reports about the whole task (sizes, defaults), at the top of the input. */
  r: Reporter;
}

export function assembleTask(input: TaskInput): JsonObject {
  const { containers, launchType, networkMode, r } = input;
  markNonEssential(containers, r);
  const task: JsonObject = { family: ecsName(input.family, 'task') };
  task.networkMode = networkMode;
  task.requiresCompatibilities = [launchType === 'fargate' ? 'FARGATE' : 'EC2'];
  const number = (value: unknown) => (typeof value === 'number' ? value : 0);
  if (launchType === 'fargate') {
    const cpu = containers.reduce((sum, c) => sum + number(c.cpu), 0);
    const memory = containers.reduce((sum, c) => sum + (number(c.memory) || number(c.memoryReservation)), 0);
    const size = fargateSize(cpu, memory);
    task.cpu = String(size.cpu);
    task.memory = String(size.memory);
    if (!size.fits)
      r.error(
        [],
        `The containers need ${cpu} CPU units and ${memory} MiB, more than the largest Fargate size; the task is set to 16 vCPU and 120 GiB.`,
      );
    else if (cpu === 0 && memory === 0)
      r.info(
        [],
        'No container states CPU or memory; the task gets the smallest Fargate size (cpu 256, memory 512). Raise it to what the containers need.',
      );
    else
      r.info(
        [],
        `The containers add up to ${cpu} CPU units and ${memory} MiB; the task gets the smallest Fargate size that holds them (cpu ${size.cpu}, memory ${size.memory}).`,
      );
  } else {
    for (const [i, container] of containers.entries()) {
      if (container.memory !== undefined || container.memoryReservation !== undefined) continue;
      container.memoryReservation = EC2_DEFAULT_RESERVATION;
      r.warn(
        [],
        `Container "${String(container.name)}" states no memory; EC2 needs some, so it reserves ${EC2_DEFAULT_RESERVATION} MiB (containerDefinitions.${i}.memoryReservation): adjust it.`,
      );
    }
  }
  if (input.hints.pidMode) task.pidMode = input.hints.pidMode;
  if (input.hints.ipcMode) task.ipcMode = input.hints.ipcMode;
  if (input.hints.runtimePlatform) task.runtimePlatform = input.hints.runtimePlatform;
  task.containerDefinitions = containers;
  if (input.volumes.length) task.volumes = input.volumes;
  return task;
}

/** A container others wait for to complete (SUCCESS/COMPLETE) must be allowed to exit: essential false. */
function markNonEssential(containers: JsonObject[], r: Reporter): void {
  const waitedFor = new Set<string>();
  for (const container of containers) {
    for (const dependency of Array.isArray(container.dependsOn) ? container.dependsOn : []) {
      if (isObj(dependency) && (dependency.condition === 'SUCCESS' || dependency.condition === 'COMPLETE'))
        waitedFor.add(String(dependency.containerName));
    }
  }
  for (const container of containers) {
    if (!waitedFor.has(String(container.name))) continue;
    container.essential = false;
    r.info(
      [],
      `Container "${String(container.name)}" runs to completion before others start, so it is not essential (its exit does not stop the task).`,
    );
  }
  if (containers.length > 0 && containers.every((c) => c.essential === false)) containers[0]!.essential = true;
}
