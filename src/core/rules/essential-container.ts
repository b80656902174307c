import { issue, withValue } from './helpers';
import type { Rule } from './types';

const ID = 'essential-container';

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-4'],
  severity: 'error',
  title: 'At least one container is essential.',
  why: 'A task stops when an essential container stops; ECS rejects a task definition in which every container sets "essential": false.',
  fix: 'Set "essential": true (or remove "essential", which defaults to true) on the main container.',
  check(_doc, ctx) {
    if (ctx.containers.length === 0 || ctx.containers.some((c) => c.essential)) return [];
    return [
      issue(
        ID,
        ['containerDefinitions'],
        'error',
        'No container is essential; set "essential": true on at least one container (an omitted "essential" counts as true).',
      ),
    ];
  },
  quickFix(_doc, found) {
    if (found.ruleId !== ID) return undefined;
    return {
      label: 'Make the first container essential',
      apply: (current) => withValue(current, ['containerDefinitions', 0, 'essential'], true),
    };
  },
};
