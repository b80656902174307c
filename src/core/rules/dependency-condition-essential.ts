import type { Issue } from '../issues';
import { getAtPath } from '../paths';
import { issue, withValue } from './helpers';
import { arr, concreteStr, obj } from './read';
import type { Rule } from './types';

const ID = 'dependency-condition-essential';

export const rule: Rule = {
  id: ID,
  refs: ['R-REF-4'],
  severity: 'error',
  title: 'A container waited on with COMPLETE or SUCCESS is not essential.',
  why: 'COMPLETE and SUCCESS wait for the target to exit, but an essential container that exits stops the whole task. ECS rejects it ("A dependency container with SUCCESS or COMPLETE condition cannot be an essential container").',
  fix: 'Set "essential": false on the target container (typical for init or migration containers), or wait with START or HEALTHY instead.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      arr(c.def.dependsOn).forEach((entry, i) => {
        const dep = obj(entry);
        const condition = concreteStr(dep.condition);
        if (condition !== 'COMPLETE' && condition !== 'SUCCESS') return;
        const target = concreteStr(dep.containerName);
        const index = target === undefined ? undefined : ctx.containerNames.get(target);
        if (index === undefined || !ctx.containers[index]?.essential) return;
        out.push(
          issue(
            ID,
            [...c.path, 'dependsOn', i, 'condition'],
            'error',
            `Container "${target}" is essential, so it cannot be waited on with ${condition}; set "essential": false on "${target}" or use START/HEALTHY.`,
          ),
        );
      });
    }
    return out;
  },
  quickFix(doc, found) {
    const target = concreteStr(obj(getAtPath(doc, found.path.slice(0, -1))).containerName);
    const root = obj(doc);
    const index = arr(root.containerDefinitions).findIndex((c) => obj(c).name === target);
    if (target === undefined || index < 0) return undefined;
    return {
      label: `Make container "${target}" non-essential`,
      apply: (current) => withValue(current, ['containerDefinitions', index, 'essential'], false),
    };
  },
};
