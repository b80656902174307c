import type { Issue } from '../issues';
import { issue } from './helpers';
import { isSet, obj } from './read';
import type { Rule } from './types';

const ID = 'swappiness-needs-max-swap';

export const rule: Rule = {
  id: ID,
  refs: ['R-MEM-4'],
  severity: 'warning',
  title: 'linuxParameters.swappiness is only effective with maxSwap.',
  why: 'swappiness (0-100, range checked by the schema) tunes how eagerly a container swaps, but ECS ignores it unless maxSwap is also set; both are ignored on Amazon Linux 2023.',
  fix: 'Add "maxSwap" (MiB, 0 disables swap) next to "swappiness", or remove "swappiness".',
  check(_doc, ctx) {
    if (ctx.isFargate || ctx.isManagedInstances) return []; // both reject swap settings outright
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      const linux = obj(c.def.linuxParameters);
      if (isSet(linux.swappiness) && (linux.maxSwap === undefined || linux.maxSwap === null)) {
        out.push(
          issue(
            ID,
            [...c.path, 'linuxParameters', 'swappiness'],
            'warning',
            '"swappiness" has no effect without "maxSwap"; add maxSwap (MiB) or remove swappiness.',
          ),
        );
      }
    }
    return out;
  },
};
