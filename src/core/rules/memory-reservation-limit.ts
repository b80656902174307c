import type { Issue } from '../issues';
import { getAtPath } from '../paths';
import { issue, withValue } from './helpers';
import { asInt, obj } from './read';
import type { Rule } from './types';

const ID = 'memory-reservation-limit';

export const rule: Rule = {
  id: ID,
  refs: ['R-MEM-2'],
  severity: 'error',
  title: "A container's memory hard limit is at least its memoryReservation.",
  why: '"memory" is the hard limit at which the container is killed and "memoryReservation" the soft amount reserved for it; a reservation above the limit is rejected.',
  fix: 'Raise "memory" to at least "memoryReservation", or lower the reservation.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      const memory = asInt(c.def.memory);
      const reservation = asInt(c.def.memoryReservation);
      if (memory === undefined || reservation === undefined || memory >= reservation || memory <= 0) continue;
      out.push(
        issue(
          ID,
          [...c.path, 'memoryReservation'],
          'error',
          `memoryReservation ${reservation} MiB is above the hard limit "memory" ${memory} MiB; lower memoryReservation to at most ${memory} or raise memory.`,
        ),
      );
    }
    return out;
  },
  quickFix(doc, found) {
    const container = found.path.slice(0, -1);
    const reservation = asInt(obj(getAtPath(doc, container)).memoryReservation);
    if (reservation === undefined) return undefined;
    return { label: `Raise memory to ${reservation} MiB`, apply: (current) => withValue(current, [...container, 'memory'], reservation) };
  },
};
