import type { Issue } from '../issues';
import { getAtPath } from '../paths';
import { issue, withExecutionRole, withValue } from './helpers';
import { arr, capitalize, concreteStr, containerLabel, isSet, obj } from './read';
import type { Rule } from './types';

const ID = 'log-configuration';

export const rule: Rule = {
  id: ID,
  refs: ['BP'],
  severity: 'warning',
  title: 'Every container sends its logs somewhere.',
  why: 'Without logConfiguration the output stays in the Docker json-file log on the instance (and is lost on Fargate), so crashes cannot be diagnosed after the task stops.',
  fix: 'Add a logConfiguration, e.g. awslogs with awslogs-group, awslogs-region and awslogs-stream-prefix (the quick fix writes "/ecs/<family>", "${AWS_REGION}" and "ecs").',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      if (c.isObject && !isSet(c.def.logConfiguration)) {
        out.push(
          issue(
            ID,
            c.path,
            'warning',
            `${capitalize(containerLabel(c.index, c.name))} has no "logConfiguration", so its logs are not kept; add one (e.g. the awslogs driver).`,
          ),
        );
      }
    }
    return out;
  },
  quickFix(doc, found) {
    if (found.path[0] !== 'containerDefinitions' || found.path.length !== 2) return undefined;
    const family = concreteStr(obj(doc).family) ?? 'app';
    const fargateLike = arr(obj(doc).requiresCompatibilities).some((t) => t === 'FARGATE' || t === 'EXTERNAL');
    return {
      label: 'Send logs to CloudWatch Logs (awslogs)',
      apply: (current) => {
        if (getAtPath(current, found.path) === undefined) return current;
        const config = {
          logDriver: 'awslogs',
          options: { 'awslogs-group': `/ecs/${family}`, 'awslogs-region': '${AWS_REGION}', 'awslogs-stream-prefix': 'ecs' },
        };
        const next = withValue(current, [...found.path, 'logConfiguration'], config);
        return fargateLike ? withExecutionRole(next) : next;
      },
    };
  },
};
