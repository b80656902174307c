import type { Issue } from '../issues';
import { issue, withoutValue } from './helpers';
import { asBool, capitalize, containerLabel } from './read';
import type { Rule } from './types';

const ID = 'privileged-container';

export const rule: Rule = {
  id: ID,
  refs: ['BP'],
  severity: 'warning',
  title: 'Containers do not run privileged.',
  why: 'A privileged container gets every Linux capability and access to all host devices, so a compromise of the container is a compromise of the instance.',
  fix: 'Remove "privileged" and add only the capabilities the container needs with linuxParameters.capabilities.add.',
  check(_doc, ctx) {
    if (ctx.isFargate || ctx.isWindows) return []; // rejected there outright (see the launch-type rules)
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      if (asBool(c.def.privileged) === true) {
        out.push(
          issue(
            ID,
            [...c.path, 'privileged'],
            'warning',
            `${capitalize(containerLabel(c.index, c.name))} runs privileged, with full access to the instance; remove "privileged" and add only the capabilities it needs.`,
          ),
        );
      }
    }
    return out;
  },
  quickFix(_doc, found) {
    return { label: 'Remove privileged', apply: (current) => withoutValue(current, found.path) };
  },
};
