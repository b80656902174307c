import type { Issue } from '../issues';
import { issue } from './helpers';
import { asInt } from './read';
import type { Rule } from './types';

const ID = 'container-memory-minimum';
const MIN_MIB = 6;

export const rule: Rule = {
  id: ID,
  refs: ['R-MEM-3'],
  severity: 'error',
  title: 'Container memory is not 0, and memory/memoryReservation are at least 6 MiB.',
  why: '"memory": 0 is rejected ("Invalid \'memory\' setting for container \'X\'."). Docker 20.10 and later refuse containers with less than 6 MiB (4 MiB on Docker 19.03 and older), so tiny values fail at run time.',
  fix: 'Give the container at least 6 MiB; most applications need far more (start with 128 or 512).',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      const memory = asInt(c.def.memory);
      if (memory === 0) {
        out.push(
          issue(
            ID,
            [...c.path, 'memory'],
            'error',
            '"memory" is 0, which ECS rejects; set the hard limit in MiB (at least 6) or remove it.',
          ),
        );
      } else if (memory !== undefined && memory > 0 && memory < MIN_MIB) {
        out.push(
          issue(ID, [...c.path, 'memory'], 'warning', `"memory" is ${memory} MiB; Docker needs at least 6 MiB per container, raise it.`),
        );
      }
      const reservation = asInt(c.def.memoryReservation);
      if (reservation !== undefined && reservation >= 0 && reservation < MIN_MIB) {
        out.push(
          issue(
            ID,
            [...c.path, 'memoryReservation'],
            'warning',
            `"memoryReservation" is ${reservation} MiB; reserve at least 6 MiB or remove it.`,
          ),
        );
      }
    }
    return out;
  },
};
