import type { Issue } from '../issues';
import { issue, withoutValue } from './helpers';
import { isSet } from './read';
import type { Rule } from './types';

const ID = 'no-hostname-in-awsvpc';

export const rule: Rule = {
  id: ID,
  refs: ['R-NET-8'],
  severity: 'error',
  title: 'hostname and extraHosts are not used with awsvpc network mode.',
  why: "In awsvpc mode the task's network interface is managed by ECS, which does not support setting the container hostname or /etc/hosts entries.",
  fix: 'Remove "hostname" and "extraHosts", and use DNS (Route 53, Cloud Map or Service Connect) instead.',
  check(_doc, ctx) {
    if (ctx.networkMode !== 'awsvpc') return [];
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      if (isSet(c.def.hostname)) {
        out.push(issue(ID, [...c.path, 'hostname'], 'error', '"hostname" is not allowed with awsvpc network mode; remove it.'));
      }
      if (isSet(c.def.extraHosts)) {
        out.push(
          issue(
            ID,
            [...c.path, 'extraHosts'],
            'error',
            '"extraHosts" is not allowed with awsvpc network mode; remove it and use DNS instead.',
          ),
        );
      }
    }
    return out;
  },
  quickFix(_doc, found) {
    const field = String(found.path[found.path.length - 1]);
    return { label: `Remove ${field}`, apply: (current) => withoutValue(current, found.path) };
  },
};
