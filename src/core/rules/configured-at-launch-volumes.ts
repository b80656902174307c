import type { Issue } from '../issues';
import { issue } from './helpers';
import { asBool } from './read';
import type { Rule } from './types';

const ID = 'configured-at-launch-volumes';

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-12'],
  severity: 'error',
  title: 'At most one volume is configured at launch.',
  why: 'An EBS volume with "configuredAtLaunch": true is supplied by RunTask, StartTask or the service; ECS supports only one such volume per task definition.',
  fix: 'Keep "configuredAtLaunch": true on one volume; use EFS or bind mounts for the others.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    let first: string | undefined;
    for (const v of ctx.volumes) {
      if (asBool(v.def.configuredAtLaunch) !== true) continue;
      if (first === undefined) first = v.name ?? `#${v.index + 1}`;
      else {
        out.push(
          issue(
            ID,
            [...v.path, 'configuredAtLaunch'],
            'error',
            `Volume "${v.name ?? v.index + 1}" is also configured at launch, but only one volume may be (already "${first}"); remove "configuredAtLaunch" here.`,
          ),
        );
      }
    }
    return out;
  },
};
