import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, concreteStr, isObj } from './read';
import type { Rule } from './types';

const ID = 'volumes-from-container';

export const rule: Rule = {
  id: ID,
  refs: ['R-REF-2'],
  severity: 'error',
  title: 'volumesFrom names another container of the task.',
  why: 'volumesFrom mounts all volumes of another container in the same task, found by name; an unknown name or the container itself cannot be resolved.',
  fix: 'Set "sourceContainer" to the name of another container in this task definition.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      arr(c.def.volumesFrom).forEach((entry, i) => {
        if (!isObj(entry)) return;
        const path = [...c.path, 'volumesFrom', i];
        if (entry.sourceContainer === undefined || entry.sourceContainer === null || entry.sourceContainer === '') {
          out.push(issue(ID, path, 'error', `volumesFrom #${i + 1} has no "sourceContainer"; set it to the name of another container.`));
          return;
        }
        const source = concreteStr(entry.sourceContainer);
        if (source === undefined) return;
        const index = ctx.containerNames.get(source);
        if (index === undefined) {
          out.push(
            issue(
              ID,
              [...path, 'sourceContainer'],
              'error',
              `volumesFrom sourceContainer "${source}" is not a container of this task definition; use another container's name.`,
            ),
          );
        } else if (index === c.index) {
          out.push(
            issue(
              ID,
              [...path, 'sourceContainer'],
              'error',
              `Container "${source}" cannot take volumes from itself; name another container in sourceContainer.`,
            ),
          );
        }
      });
    }
    return out;
  },
};
