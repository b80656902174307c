import { issue } from './helpers';
import { concreteStr } from './read';
import type { Rule } from './types';

const ID = 'distinct-task-and-execution-roles';

export const rule: Rule = {
  id: ID,
  refs: ['BP'],
  severity: 'warning',
  title: 'The task role and the execution role are different roles.',
  why: "The execution role is used by the ECS agent (pull images, read secrets, write logs); the task role is what the application code can do. Using one role for both gives the application the agent's rights to every secret and image, and vice versa.",
  fix: 'Create a separate task role with only the permissions the application needs.',
  check(_doc, ctx) {
    const task = concreteStr(ctx.root.taskRoleArn);
    const execution = concreteStr(ctx.root.executionRoleArn);
    if (!task || task !== execution) return [];
    return [
      issue(
        ID,
        ['taskRoleArn'],
        'warning',
        "taskRoleArn is the same role as executionRoleArn, so the application gets the agent's permissions; use a separate, narrower task role.",
      ),
    ];
  },
};
