import type { Issue } from '../issues';
import { issue } from './helpers';
import { capitalize, containerLabel, isPlaceholder, str } from './read';
import type { Rule } from './types';

const ID = 'run-as-non-root';

/** True for the root user in any of the accepted forms: "root", "0", "root:group", "0:0". */
export function isRootUser(user: string): boolean {
  const who = user.split(':')[0]?.trim() ?? '';
  return who === 'root' || who === '0';
}

export const rule: Rule = {
  id: ID,
  refs: ['R-NET-14', 'BP'],
  severity: 'warning',
  title: 'Containers run as a non-root user (a warning in host network mode, advice otherwise).',
  why: 'A process running as UID 0 that escapes the container is root on the instance; with "host" network mode it also shares the instance\'s network stack, which is why ECS advises against root there. Without "user" the image\'s USER applies, which is root for most images.',
  fix: 'Set "user" to a non-root UID (e.g. "1000" or "1000:1000") that exists in the image, or add a USER instruction to the Dockerfile and set it here explicitly.',
  check(_doc, ctx) {
    if (ctx.isWindows) return [];
    const out: Issue[] = [];
    const host = ctx.networkMode === 'host';
    const severity = host ? 'warning' : 'info';
    const tail = host ? ' in host network mode' : '';
    for (const c of ctx.containers) {
      if (!c.isObject) continue;
      const user = c.def.user;
      const label = containerLabel(c.index, c.name);
      if (user === undefined || user === null || user === '') {
        out.push(
          issue(
            ID,
            c.path,
            severity,
            `${capitalize(label)} sets no "user" and probably runs as root${tail}; set "user" to a non-root UID such as "1000".`,
          ),
        );
      } else if (typeof user === 'string' && !isPlaceholder(user) && isRootUser(str(user) ?? '')) {
        out.push(
          issue(
            ID,
            [...c.path, 'user'],
            severity,
            `${capitalize(label)} runs as root (user "${user}")${tail}; set "user" to a non-root UID such as "1000".`,
          ),
        );
      }
    }
    return out;
  },
};
