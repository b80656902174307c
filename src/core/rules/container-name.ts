import type { Issue } from '../issues';
import { issue } from './helpers';
import { isPlaceholder } from './read';
import type { Rule } from './types';

const ID = 'container-name';
const NAME = /^[A-Za-z0-9_-]{1,255}$/;

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-5'],
  severity: 'error',
  title: 'Every container has a name of letters, digits, hyphens and underscores, unique in the task definition.',
  why: 'The model marks name optional, but the service rejects a missing name ("Container.name should not be null or empty."), invalid characters and duplicates ("Container names must be unique within a Task Definition."). Links, dependsOn, volumesFrom and load balancers refer to containers by name.',
  fix: 'Give each container a distinct name of 1-255 letters, digits, hyphens or underscores.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const firstByName = new Map<string, number>();
    for (const c of ctx.containers) {
      if (!c.isObject) continue;
      const raw = c.def.name;
      if (raw === undefined || raw === null || raw === '') {
        out.push(
          issue(ID, c.path, 'error', `Container #${c.index + 1} has no "name"; add a unique name (letters, digits, hyphens, underscores).`),
        );
        continue;
      }
      if (typeof raw !== 'string' || isPlaceholder(raw)) continue;
      if (!NAME.test(raw)) {
        out.push(
          issue(
            ID,
            [...c.path, 'name'],
            'error',
            `Container name ${JSON.stringify(raw)} has invalid characters; use only letters, digits, hyphens and underscores (at most 255).`,
          ),
        );
      }
      const first = firstByName.get(raw);
      if (first === undefined) firstByName.set(raw, c.index);
      else {
        out.push(
          issue(
            ID,
            [...c.path, 'name'],
            'error',
            `Container name "${raw}" is already used by container #${first + 1}; container names must be unique, rename one of them.`,
          ),
        );
      }
    }
    return out;
  },
};
