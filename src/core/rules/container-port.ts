import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, asInt, isObj, isSet, str } from './read';
import type { Rule } from './types';

const ID = 'container-port';

export const rule: Rule = {
  id: ID,
  refs: ['R-NET-10'],
  severity: 'error',
  title: 'Each port mapping has a containerPort (or a range), and a container port appears in one mapping only.',
  why:
    "A mapping without containerPort or containerPortRange is rejected (\"Invalid 'containerPort' setting for container 'X'.\"); " +
    'the 1-65535 range is checked by the schema. A container port listed in two mappings, even once for tcp and once for udp, ' +
    'is rejected when a service is created ("Container port 53 is used in more than one port mapping for container X", ' +
    'terraform-aws-modules/terraform-aws-ecs#89, aws/amazon-ecs-agent#3428), although RegisterTaskDefinition itself accepts it.',
  fix: 'Add "containerPort" to each mapping (or a "containerPortRange"); keep one mapping per container port, and serve tcp and udp on different ports or from two containers.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      const seen = new Map<number, { protocol: string; index: number }>();
      arr(c.def.portMappings).forEach((entry, i) => {
        if (!isObj(entry)) return;
        const path = [...c.path, 'portMappings', i];
        if (!isSet(entry.containerPort) && !isSet(entry.containerPortRange)) {
          const message = `Port mapping #${i + 1} has no "containerPort"; add the port the container listens on (or a "containerPortRange").`;
          out.push(issue(ID, path, 'error', message));
          return;
        }
        const port = asInt(entry.containerPort);
        if (port === undefined) return;
        const protocol = (str(entry.protocol) ?? 'tcp').toLowerCase();
        const earlier = seen.get(port);
        if (earlier === undefined) {
          seen.set(port, { protocol, index: i });
          return;
        }
        const both =
          earlier.protocol !== protocol ? ` (for ${earlier.protocol}; ECS does not allow tcp and udp on one container port)` : '';
        const message = `Container port ${port} is already used by port mapping #${earlier.index + 1}${both}; ECS services reject a container port in more than one mapping, remove this mapping or use another port.`;
        out.push(issue(ID, [...path, 'containerPort'], 'error', message));
      });
    }
    return out;
  },
};
