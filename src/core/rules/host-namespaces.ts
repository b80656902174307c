import type { Issue } from '../issues';
import { issue, withoutValue } from './helpers';
import { concreteStr } from './read';
import type { Rule } from './types';

const ID = 'host-namespaces';

export const rule: Rule = {
  id: ID,
  refs: ['R-NET-14', 'BP'],
  severity: 'warning',
  title: "The task does not share the instance's network, PID or IPC namespace.",
  why: 'networkMode "host", pidMode "host" and ipcMode "host" remove isolation between the task and the instance: containers can see host processes, shared memory or every network interface, and with host networking only one copy of the task can bind a given port per instance.',
  fix: 'Use awsvpc or bridge networking, and remove pidMode/ipcMode (or use "task" to share only within the task).',
  check(_doc, ctx) {
    if (ctx.isFargate || ctx.isWindows) return []; // those launch targets reject these values outright
    const out: Issue[] = [];
    if (concreteStr(ctx.root.networkMode) === 'host') {
      out.push(
        issue(
          ID,
          ['networkMode'],
          'warning',
          'Network mode "host" shares the instance\'s network stack and allows one copy of the task per port per instance; prefer "awsvpc" or "bridge".',
        ),
      );
    }
    if (concreteStr(ctx.root.pidMode) === 'host') {
      out.push(
        issue(
          ID,
          ['pidMode'],
          'warning',
          '"pidMode": "host" lets containers see and signal every process on the instance; remove pidMode or use "task".',
        ),
      );
    }
    if (concreteStr(ctx.root.ipcMode) === 'host' && !ctx.isManagedInstances) {
      out.push(
        issue(
          ID,
          ['ipcMode'],
          'warning',
          '"ipcMode": "host" shares the instance\'s IPC resources with the containers; remove ipcMode or use "task".',
        ),
      );
    }
    return out;
  },
  quickFix(_doc, found) {
    const field = found.path[0];
    if (field !== 'pidMode' && field !== 'ipcMode') return undefined;
    return { label: `Remove ${field}`, apply: (current) => withoutValue(current, [field]) };
  },
};
