import type { Issue } from '../issues';
import { issue, withValue } from './helpers';
import { asInt, capitalize, containerLabel, isPlaceholder } from './read';
import type { Rule } from './types';

const ID = 'container-memory-required';

function positive(value: unknown): boolean {
  if (isPlaceholder(value)) return true;
  const n = asInt(value);
  return n !== undefined && n > 0;
}

export const rule: Rule = {
  id: ID,
  refs: ['R-MEM-1'],
  severity: 'error',
  title: 'Without task-level memory, every container sets memory or memoryReservation.',
  why: 'ECS needs a memory figure to place the task. Without task "memory" each container must give a non-zero "memory" or "memoryReservation" ("Invalid setting for container \'X\'. At least one of \'memory\' or \'memoryReservation\' must be specified.").',
  fix: 'Add "memoryReservation" (soft limit) and/or "memory" (hard limit) in MiB to the container, or set task-level "memory".',
  check(_doc, ctx) {
    if (ctx.taskMemory.kind !== 'absent') return [];
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      if (!c.isObject || positive(c.def.memory) || positive(c.def.memoryReservation)) continue;
      out.push(
        issue(
          ID,
          c.path,
          'error',
          `${capitalize(containerLabel(c.index, c.name))} needs "memory" or "memoryReservation" (MiB) because the task has no "memory"; add one, e.g. "memoryReservation": 512.`,
        ),
      );
    }
    return out;
  },
  quickFix(_doc, found) {
    // A soft limit only: the container may still use more when the instance has it free.
    return {
      label: 'Add memoryReservation 512 MiB',
      apply: (current) => withValue(current, [...found.path, 'memoryReservation'], 512),
    };
  },
};
