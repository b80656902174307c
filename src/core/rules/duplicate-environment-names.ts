import type { Issue } from '../issues';
import { issue, withoutValue } from './helpers';
import { arr, concreteStr, obj } from './read';
import type { Rule } from './types';

const ID = 'duplicate-environment-names';

export const rule: Rule = {
  id: ID,
  refs: ['R-ENV-1'],
  severity: 'warning',
  title: 'An environment variable is defined once per container (environment and secrets together).',
  why: 'ECS does not reject duplicates, but only one value reaches the container (environment wins over environment files; which of two duplicates wins is not documented), so the other definition is silently ignored.',
  fix: 'Remove the duplicate, keeping the intended value.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      const seen = new Map<string, string>();
      arr(c.def.environment).forEach((entry, i) => {
        const name = concreteStr(obj(entry).name);
        if (name === undefined || name === '') return;
        const earlier = seen.get(name);
        if (earlier) {
          out.push(
            issue(
              ID,
              [...c.path, 'environment', i, 'name'],
              'warning',
              `Environment variable "${name}" is already defined in ${earlier}; remove one of the definitions.`,
            ),
          );
        } else seen.set(name, `environment #${i + 1}`);
      });
      arr(c.def.secrets).forEach((entry, i) => {
        const name = concreteStr(obj(entry).name);
        if (name === undefined || name === '') return;
        const earlier = seen.get(name);
        if (earlier) {
          out.push(
            issue(
              ID,
              [...c.path, 'secrets', i, 'name'],
              'warning',
              `Secret "${name}" has the same name as ${earlier}; only one value reaches the container, rename or remove one.`,
            ),
          );
        } else seen.set(name, `secrets #${i + 1}`);
      });
    }
    return out;
  },
  quickFix(_doc, found) {
    const entry = found.path.slice(0, -1);
    if (entry[entry.length - 2] !== 'environment') return undefined;
    return { label: 'Remove the duplicate environment variable', apply: (current) => withoutValue(current, entry) };
  },
};
