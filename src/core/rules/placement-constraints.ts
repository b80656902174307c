import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, concreteStr, obj } from './read';
import type { Rule } from './types';

const ID = 'placement-constraints';

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-7'],
  severity: 'error',
  title: 'At most 10 placement constraints, each of type memberOf.',
  why: 'ECS allows 10 placement constraints per task, counting the ones given at run time, and the task-definition constraint type is only memberOf (distinctInstance exists for services and RunTask only).',
  fix: 'Keep at most 10 constraints and set "type": "memberOf" with a cluster query "expression"; use distinctInstance in the service or RunTask call instead.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const list = arr(ctx.root.placementConstraints);
    if (list.length > 10) {
      out.push(
        issue(
          ID,
          ['placementConstraints'],
          'error',
          `"placementConstraints" has ${list.length} entries; ECS allows at most 10 (run-time constraints count too), remove some.`,
        ),
      );
    }
    list.forEach((entry, i) => {
      const type = concreteStr(obj(entry).type);
      if (type !== undefined && type !== 'memberOf') {
        out.push(
          issue(
            ID,
            ['placementConstraints', i, 'type'],
            'error',
            `Placement constraint type ${JSON.stringify(type)} is not allowed in a task definition; use "memberOf" (distinctInstance belongs to the service or RunTask).`,
          ),
        );
      }
    });
    return out;
  },
};
