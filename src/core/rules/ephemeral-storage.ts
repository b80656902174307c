import { issue } from './helpers';
import { isSet } from './read';
import type { Rule } from './types';

const ID = 'ephemeral-storage';

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-11'],
  severity: 'warning',
  title: 'ephemeralStorage only applies to Fargate tasks.',
  why: "Task-level ephemeral storage (21-200 GiB; the range is checked by the schema) is a Fargate setting. On EC2 or EXTERNAL it has no effect (the instance's disk is used), and Managed Instances reject it.",
  fix: 'Remove "ephemeralStorage" unless the task runs on Fargate, or add "FARGATE" to requiresCompatibilities.',
  check(_doc, ctx) {
    if (!isSet(ctx.root.ephemeralStorage) || ctx.isFargate || ctx.isManagedInstances || ctx.launchTypes.size === 0) return [];
    return [
      issue(
        ID,
        ['ephemeralStorage'],
        'warning',
        '"ephemeralStorage" only has an effect on Fargate; remove it or add "FARGATE" to requiresCompatibilities.',
      ),
    ];
  },
};
