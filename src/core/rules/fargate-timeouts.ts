import type { Issue } from '../issues';
import { issue } from './helpers';
import { asInt } from './read';
import type { Rule } from './types';

const ID = 'fargate-timeouts';

export const rule: Rule = {
  id: ID,
  refs: ['R-TO-1'],
  severity: 'error',
  title: 'On Fargate, startTimeout and stopTimeout are 2 to 120 seconds.',
  why: 'Fargate caps how long a container may take to start or to stop after SIGTERM (default stop timeout 30 s); other values are rejected.',
  fix: 'Set startTimeout/stopTimeout between 2 and 120 seconds.',
  check(_doc, ctx) {
    if (!ctx.isFargate) return [];
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      for (const field of ['startTimeout', 'stopTimeout'] as const) {
        const value = asInt(c.def[field]);
        if (value !== undefined && (value < 2 || value > 120)) {
          out.push(
            issue(ID, [...c.path, field], 'error', `${field} ${value} s is outside the Fargate range; set it between 2 and 120 seconds.`),
          );
        }
      }
    }
    return out;
  },
};
