import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, asInt, concreteStr, isObj } from './read';
import type { Rule } from './types';

const ID = 'ulimits';

export const rule: Rule = {
  id: ID,
  refs: ['R-UL-1'],
  severity: 'error',
  title: 'ulimits are set once per name, with softLimit not above hardLimit.',
  why: 'Each resource limit applies once per container (the names are checked by the schema). A soft limit above the hard limit cannot be applied: Linux only lets a process raise its soft limit up to the hard one.',
  fix: 'Remove duplicate names and set softLimit <= hardLimit.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      const seen = new Set<string>();
      arr(c.def.ulimits).forEach((entry, i) => {
        if (!isObj(entry)) return;
        const path = [...c.path, 'ulimits', i];
        const name = concreteStr(entry.name);
        if (name !== undefined) {
          if (seen.has(name))
            out.push(issue(ID, [...path, 'name'], 'error', `ulimit "${name}" is set twice in this container; keep one entry.`));
          seen.add(name);
        }
        const soft = asInt(entry.softLimit);
        const hard = asInt(entry.hardLimit);
        if (soft !== undefined && hard !== undefined && hard >= 0 && soft > hard) {
          out.push(
            issue(
              ID,
              [...path, 'softLimit'],
              'warning',
              `ulimit ${name ? `"${name}" ` : ''}softLimit ${soft} is above hardLimit ${hard}; lower softLimit or raise hardLimit.`,
            ),
          );
        }
      });
    }
    return out;
  },
};
