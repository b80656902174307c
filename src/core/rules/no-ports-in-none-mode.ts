import type { Issue } from '../issues';
import { issue, withoutValue } from './helpers';
import { isSet } from './read';
import type { Rule } from './types';

const ID = 'no-ports-in-none-mode';

export const rule: Rule = {
  id: ID,
  refs: ['R-NET-5'],
  severity: 'error',
  title: 'Containers have no port mappings in "none" network mode.',
  why: 'With "networkMode": "none" containers have only a loopback interface, so ECS rejects port mappings.',
  fix: 'Remove "portMappings", or choose a network mode with external connectivity (awsvpc, bridge or host).',
  check(_doc, ctx) {
    if (ctx.networkMode !== 'none') return [];
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      if (isSet(c.def.portMappings)) {
        out.push(
          issue(
            ID,
            [...c.path, 'portMappings'],
            'error',
            'Port mappings are not allowed with "networkMode": "none"; remove "portMappings" or change the network mode.',
          ),
        );
      }
    }
    return out;
  },
  quickFix(_doc, found) {
    return {
      label: 'Remove the port mappings',
      apply: (current) => withoutValue(current, found.path),
    };
  },
};
