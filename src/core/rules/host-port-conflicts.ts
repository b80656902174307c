import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, asInt, isObj, str } from './read';
import type { Rule } from './types';

const ID = 'host-port-conflicts';

export const rule: Rule = {
  id: ID,
  refs: ['R-NET-10'],
  severity: 'error',
  title: 'A static host port is mapped once per task (bridge and host network modes).',
  why: 'In bridge mode a static hostPort, and in host mode every container port, is bound on the instance itself, where a port can only be bound once: ECS rejects a task definition that maps one host port twice ("TCP host port \'3000\' is mapped multiple times in task.", aws/amazon-ecs-agent#1220), and Docker could not start the second container anyway ("port is already allocated"). Each such task also takes the port for itself, so one instance runs at most one copy of it.',
  fix: 'Give each container its own host port, or omit hostPort (or set 0) in bridge mode for a dynamic port behind a load balancer.',
  check(_doc, ctx) {
    if (ctx.networkMode !== 'bridge' && ctx.networkMode !== 'host') return [];
    const out: Issue[] = [];
    const taken = new Map<string, { container: string; index: number; port: number }>();
    for (const c of ctx.containers) {
      const ownPorts = new Set<string>();
      arr(c.def.portMappings).forEach((entry, i) => {
        if (!isObj(entry)) return;
        const explicit = asInt(entry.hostPort);
        const port =
          ctx.networkMode === 'host' ? (explicit !== undefined && explicit > 0 ? explicit : asInt(entry.containerPort)) : explicit;
        if (port === undefined || port <= 0) return;
        const protocol = (str(entry.protocol) ?? 'tcp').toLowerCase();
        const key = `${protocol}/${port}`;
        // The same container port twice in one container is container-port's finding; report each pair once.
        if (ownPorts.has(key) && asInt(entry.hostPort) === undefined) return;
        ownPorts.add(key);
        const earlier = taken.get(key);
        if (earlier === undefined) {
          taken.set(key, { container: c.name ?? `#${c.index + 1}`, index: i, port });
          return;
        }
        const field = explicit !== undefined ? 'hostPort' : 'containerPort';
        const message = `${protocol.toUpperCase()} host port ${port} is already mapped by container "${earlier.container}" (port mapping #${earlier.index + 1}); ECS rejects a host port mapped twice in one task, so use another port${ctx.networkMode === 'bridge' ? ' or omit hostPort for a dynamic one' : ''}.`;
        out.push(issue(ID, [...c.path, 'portMappings', i, field], 'error', message));
      });
    }
    return out;
  },
};
