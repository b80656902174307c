import type { Issue } from '../issues';
import { issue, withValue } from './helpers';
import { capitalize, containerLabel, isPlaceholder } from './read';
import type { Rule } from './types';

const ID = 'windows-non-admin-user';

/** Windows accounts with administrator rights in a container (the image default of most Windows images is one). */
const ADMIN_USERS: ReadonlySet<string> = new Set(['containeradministrator', 'administrator', 'system', 'localsystem']);

/** True for "ContainerAdministrator", "Administrator", "NT AUTHORITY\SYSTEM" and the like, in any case. */
export function isWindowsAdminUser(user: string): boolean {
  const account = user.trim().split(/[\\/]/).pop() ?? '';
  return ADMIN_USERS.has(account.toLowerCase());
}

export const rule: Rule = {
  id: ID,
  refs: ['Security Hub ECS.21', 'BP'],
  severity: 'warning',
  title: 'Windows containers run as a non-administrator user.',
  why: 'AWS Security Hub control ECS.21 (AWS Config rule ecs-task-definition-windows-user-non-admin) fails a task definition whose Windows containers set no "user" or an administrator such as ContainerAdministrator: without "user" most Windows base images run as ContainerAdministrator, which has full control of the container. The "user" field is supported for Windows containers (older API text said otherwise).',
  fix: 'Set "user" to a non-administrator account that exists in the image, e.g. "ContainerUser".',
  check(_doc, ctx) {
    if (!ctx.isWindows) return [];
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      if (!c.isObject) continue;
      const user = c.def.user;
      const label = capitalize(containerLabel(c.index, c.name));
      if (user === undefined || user === null || user === '') {
        const message = `${label} sets no "user", so it runs as the image's default, usually ContainerAdministrator; set "user" to a non-administrator account such as "ContainerUser" (Security Hub ECS.21).`;
        out.push(issue(ID, c.path, 'warning', message));
      } else if (typeof user === 'string' && !isPlaceholder(user) && isWindowsAdminUser(user)) {
        const message = `${label} runs as the administrator "${user}"; set "user" to a non-administrator account such as "ContainerUser" (Security Hub ECS.21).`;
        out.push(issue(ID, [...c.path, 'user'], 'warning', message));
      }
    }
    return out;
  },
  quickFix(_doc, found) {
    const path = found.path[found.path.length - 1] === 'user' ? found.path : [...found.path, 'user'];
    return { label: 'Run as "ContainerUser"', apply: (current) => withValue(current, path, 'ContainerUser') };
  },
};
