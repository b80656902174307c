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
      for (const list of ['environment', 'secrets'] as const) {
        arr(c.def[list]).forEach((entry, i) => {
          const name = concreteStr(obj(entry).name);
          if (name === undefined || name === '') return;
          const earlier = seen.get(name);
          if (!earlier) return void seen.set(name, `${list} #${i + 1}`);
          const message =
            list === 'environment'
              ? `Environment variable "${name}" is already defined in ${earlier}; remove one of the definitions.`
              : `Secret "${name}" has the same name as ${earlier}; only one value reaches the container, rename or remove one.`;
          out.push(issue(ID, [...c.path, list, i, 'name'], 'warning', message));
        });
      }
    }
    return out;
  },
  quickFix(_doc, found) {
    const entry = found.path.slice(0, -1);
    if (entry[entry.length - 2] !== 'environment') return undefined;
    return { label: 'Remove the duplicate environment variable', apply: (current) => withoutValue(current, entry) };
  },
};
