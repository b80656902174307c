import type { Issue } from '../issues';
import { issue } from './helpers';
import { asInt, isPlaceholder } from './read';
import type { Rule } from './types';

const ID = 'container-resources-fit-task';

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-10'],
  severity: 'error',
  title: 'Container cpu and memory reservations fit inside the task-level cpu and memory.',
  why: 'When the task has cpu/memory, containers share it: the sum of container "cpu" and the sum of memory reservations ("memoryReservation", else "memory") must not exceed the task values, or the task cannot be placed.',
  fix: 'Lower the container values or raise the task-level cpu/memory.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const { taskCpu, taskMemory } = ctx;
    let cpuSum = 0;
    let memSum = 0;
    let cpuKnown = true;
    let memKnown = true;
    for (const c of ctx.containers) {
      const { cpu, memory, memoryReservation } = c.def;
      if (isPlaceholder(cpu)) cpuKnown = false;
      cpuSum += Math.max(asInt(cpu) ?? 0, 0);
      const reservation = asInt(memoryReservation) ?? asInt(memory);
      if (isPlaceholder(memoryReservation) || (reservation === undefined && isPlaceholder(memory))) memKnown = false;
      memSum += Math.max(reservation ?? 0, 0);
      const hard = asInt(memory);
      if (taskMemory.kind === 'ok' && hard !== undefined && hard > taskMemory.value && asInt(memoryReservation) !== undefined) {
        out.push(
          issue(
            ID,
            [...c.path, 'memory'],
            'warning',
            `Container memory limit ${hard} MiB is above the task memory ${taskMemory.value} MiB and can never be reached; lower "memory" to at most ${taskMemory.value}.`,
          ),
        );
      }
    }
    if (taskCpu.kind === 'ok' && cpuKnown && cpuSum > taskCpu.value) {
      out.push(
        issue(
          ID,
          ['cpu'],
          'error',
          `Containers reserve ${cpuSum} CPU units in total but task "cpu" is ${taskCpu.value}; lower the container "cpu" values or raise the task cpu.`,
        ),
      );
    }
    if (taskMemory.kind === 'ok' && memKnown && memSum > taskMemory.value) {
      out.push(
        issue(
          ID,
          ['memory'],
          'error',
          `Containers reserve ${memSum} MiB of memory in total but task "memory" is ${taskMemory.value} MiB; lower the container memoryReservation/memory values or raise the task memory.`,
        ),
      );
    }
    return out;
  },
};
