import type { Issue } from '../issues';
import { issue } from './helpers';
import { asBool, isObj, isSet } from './read';
import type { Rule } from './types';

const ID = 'restart-policy';

export const rule: Rule = {
  id: ID,
  refs: ['R-RP-1'],
  severity: 'warning',
  title: 'restartPolicy settings are only given when the policy is enabled.',
  why: 'The schema checks the shape ("enabled" required, at most 50 ignoredExitCodes, restartAttemptPeriod 60-1800). With "enabled": false, ignoredExitCodes and restartAttemptPeriod are ignored, which usually means the policy was switched off by mistake.',
  fix: 'Set "enabled": true, or remove ignoredExitCodes and restartAttemptPeriod.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      const policy = c.def.restartPolicy;
      if (!isObj(policy) || asBool(policy.enabled) !== false) continue;
      for (const field of ['ignoredExitCodes', 'restartAttemptPeriod'] as const) {
        if (isSet(policy[field])) {
          out.push(
            issue(
              ID,
              [...c.path, 'restartPolicy', field],
              'warning',
              `restartPolicy "${field}" has no effect while "enabled" is false; enable the policy or remove ${field}.`,
            ),
          );
        }
      }
    }
    return out;
  },
};
