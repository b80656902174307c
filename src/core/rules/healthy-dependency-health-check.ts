import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, concreteStr, isSet, obj } from './read';
import type { Rule } from './types';

const ID = 'healthy-dependency-health-check';

export const rule: Rule = {
  id: ID,
  refs: ['R-REF-5'],
  severity: 'error',
  title: 'A container waited on with HEALTHY has a healthCheck.',
  why: 'HEALTHY waits until the target reports healthy, which only a container with a healthCheck can do; otherwise the dependent container never starts (ECS only notices at task start).',
  fix: 'Add a "healthCheck" to the target container, or wait with START instead.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      arr(c.def.dependsOn).forEach((entry, i) => {
        const dep = obj(entry);
        if (concreteStr(dep.condition) !== 'HEALTHY') return;
        const target = concreteStr(dep.containerName);
        const index = target === undefined ? undefined : ctx.containerNames.get(target);
        const def = index === undefined ? undefined : ctx.containers[index]?.def;
        if (!def || isSet(def.healthCheck)) return;
        out.push(
          issue(
            ID,
            [...c.path, 'dependsOn', i, 'condition'],
            'error',
            `Container "${target}" has no healthCheck, so waiting for it to be HEALTHY never ends; add a healthCheck to "${target}" or use START.`,
          ),
        );
      });
    }
    return out;
  },
};
