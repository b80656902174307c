import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, concreteStr, obj, str } from './read';
import type { Rule } from './types';

const ID = 'system-controls';
const IPC = new Set([
  'kernel.msgmax',
  'kernel.msgmnb',
  'kernel.msgmni',
  'kernel.sem',
  'kernel.shmall',
  'kernel.shmmax',
  'kernel.shmmni',
  'kernel.shm_rmid_forced',
]);

function isIpc(ns: string): boolean {
  return IPC.has(ns) || ns.startsWith('fs.mqueue.');
}

export const rule: Rule = {
  id: ID,
  refs: ['R-SYS-1', 'R-NET-13', 'R-TD-19'],
  severity: 'error',
  title: 'systemControls use namespaced sysctls that the network and IPC modes allow.',
  why: 'Only IPC sysctls (kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.*) and network sysctls (net.*) can be set. net.* is not supported with "host" network mode and IPC sysctls not with "ipcMode": "host", since they would change the instance. In awsvpc mode (and with ipcMode "task") the values apply to the whole task, so containers that disagree overwrite each other.',
  fix: 'Use a supported namespace, drop net.* sysctls in host network mode and IPC sysctls with ipcMode host, and set each task-wide sysctl in one container only.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const ipcMode = concreteStr(ctx.root.ipcMode);
    const taskWide = new Map<string, { value: string | undefined; container: string }>();
    for (const c of ctx.containers) {
      arr(c.def.systemControls).forEach((entry, i) => {
        const control = obj(entry);
        const ns = concreteStr(control.namespace);
        if (ns === undefined) return;
        const path = [...c.path, 'systemControls', i, 'namespace'];
        const net = ns.startsWith('net.');
        if (!net && !isIpc(ns)) {
          out.push(
            issue(
              ID,
              path,
              'error',
              `System control "${ns}" is not supported; ECS only sets IPC sysctls (kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.*) and net.* sysctls.`,
            ),
          );
          return;
        }
        if (net && ctx.networkMode === 'host') {
          out.push(
            issue(
              ID,
              path,
              'error',
              `System control "${ns}" cannot be set with "host" network mode; remove it or use awsvpc or bridge mode.`,
            ),
          );
          return;
        }
        if (!net && ipcMode === 'host') {
          out.push(
            issue(ID, path, 'error', `IPC system control "${ns}" cannot be set with "ipcMode": "host"; remove it or use ipcMode "task".`),
          );
          return;
        }
        if ((net && ctx.networkMode === 'awsvpc') || (!net && ipcMode === 'task')) {
          const value = str(control.value);
          const label = c.name ?? `#${c.index + 1}`;
          const earlier = taskWide.get(ns);
          if (earlier === undefined) taskWide.set(ns, { value, container: label });
          else if (earlier.value !== value && earlier.container !== label) {
            out.push(
              issue(
                ID,
                path,
                'warning',
                `System control "${ns}" applies to the whole task and container "${earlier.container}" sets it to ${JSON.stringify(earlier.value)}; set it in one container only.`,
              ),
            );
          }
        }
      });
    }
    return out;
  },
};
