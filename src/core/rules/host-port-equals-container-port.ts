import type { Issue } from '../issues';
import { getAtPath } from '../paths';
import { issue, withValue, withoutValue } from './helpers';
import { arr, asInt, obj } from './read';
import type { Rule } from './types';

const ID = 'host-port-equals-container-port';

export const rule: Rule = {
  id: ID,
  refs: ['R-NET-6'],
  severity: 'error',
  title: 'In awsvpc and host network modes, hostPort is omitted or equal to containerPort.',
  why: 'In awsvpc and host modes the container listens directly on the task\'s or instance\'s interface, so there is no port translation. ECS rejects a different hostPort ("When networkMode=awsvpc, the host ports and container ports in port mappings must match.").',
  fix: 'Remove "hostPort" (ECS fills it in) or set it to the containerPort value.',
  check(_doc, ctx) {
    const mode = ctx.networkMode;
    if (mode !== 'awsvpc' && mode !== 'host') return [];
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      arr(c.def.portMappings).forEach((entry, i) => {
        const mapping = obj(entry);
        const host = asInt(mapping.hostPort);
        const container = asInt(mapping.containerPort);
        if (host === undefined || container === undefined || host === container) return;
        out.push(
          issue(
            ID,
            [...c.path, 'portMappings', i, 'hostPort'],
            'error',
            `Host port ${host} must equal container port ${container} in ${mode} mode; remove hostPort or set it to ${container}.`,
          ),
        );
      });
    }
    return out;
  },
  quickFix(doc, found) {
    const container = asInt(obj(getAtPath(doc, found.path.slice(0, -1))).containerPort);
    if (container === undefined) {
      return { label: 'Remove hostPort', apply: (current) => withoutValue(current, found.path) };
    }
    return { label: `Set hostPort to ${container}`, apply: (current) => withValue(current, found.path, container) };
  },
};
