import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, isObj, isPlaceholder, str } from './read';
import type { Rule } from './types';

const ID = 'environment-variable-name';

export const rule: Rule = {
  id: ID,
  refs: ['BP'],
  severity: 'warning',
  title: 'Every environment variable has a non-empty name without "=".',
  why: 'ECS passes each variable to Docker as "NAME=value". An empty name gives an entry "=value" that no program can read by name, and a name holding "=" is split at the first "=", so the process sees a different variable than the one written. The model does not require a name, so registration accepts both.',
  fix: 'Give the variable a name (letters, digits and underscores, not starting with a digit) or remove the entry.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      arr(c.def.environment).forEach((entry, i) => {
        if (!isObj(entry)) return;
        const path = [...c.path, 'environment', i];
        const name = entry.name;
        if (name === undefined || name === null || (typeof name === 'string' && name.trim() === '')) {
          const value = str(entry.value);
          const shown = value && !isPlaceholder(value) && value.length <= 40 ? ` (value ${JSON.stringify(value)})` : '';
          const message = `Environment variable #${i + 1}${shown} has no name; name it or remove the entry.`;
          out.push(issue(ID, name === undefined || name === null ? path : [...path, 'name'], 'warning', message));
        } else if (typeof name === 'string' && !isPlaceholder(name) && name.includes('=')) {
          const message = `Environment variable name "${name}" contains "=", so the container sees "${name.split('=')[0]}" instead; remove the "=".`;
          out.push(issue(ID, [...path, 'name'], 'warning', message));
        }
      });
    }
    return out;
  },
};
