import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, asInt, obj } from './read';
import type { Rule } from './types';

const ID = 'reserved-host-ports';
const RESERVED = new Set([22, 2375, 2376, 51678, 51679, 51680]);

export const rule: Rule = {
  id: ID,
  refs: ['R-NET-11'],
  severity: 'warning',
  title: 'Static host ports in bridge mode avoid reserved ports and the ephemeral range.',
  why: 'On EC2 instances ports 22, 2375, 2376 and 51678-51680 are reserved for SSH, Docker and the ECS agent, and the ephemeral range (49153-65535 on Linux, 49152-65535 on Windows) is where dynamic host ports are allocated, so a static port there may collide. hostPort 0 or omitted means dynamic.',
  fix: 'Omit "hostPort" (or set 0) to get a dynamic port behind a load balancer, or choose a static port below the ephemeral range that is not reserved.',
  check(_doc, ctx) {
    if (ctx.networkMode !== 'bridge' && ctx.networkMode !== 'nat') return [];
    const ephemeralStart = ctx.isWindows ? 49152 : 49153;
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      arr(c.def.portMappings).forEach((entry, i) => {
        const port = asInt(obj(entry).hostPort);
        if (port === undefined || port <= 0) return;
        const path = [...c.path, 'portMappings', i, 'hostPort'];
        if (RESERVED.has(port)) {
          out.push(
            issue(
              ID,
              path,
              'warning',
              `Host port ${port} is reserved on ECS instances (SSH, Docker or the ECS agent); choose another port or omit hostPort for a dynamic one.`,
            ),
          );
        } else if (port >= ephemeralStart) {
          out.push(
            issue(
              ID,
              path,
              'warning',
              `Host port ${port} is in the ephemeral range (${ephemeralStart}-65535) used for dynamic ports; choose a lower port or omit hostPort.`,
            ),
          );
        }
      });
    }
    return out;
  },
};
