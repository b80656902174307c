import { issue, withValue } from './helpers';
import { arr, isPlaceholder } from './read';
import type { Rule } from './types';

const ID = 'fargate-shaped-without-compatibilities';

export const rule: Rule = {
  id: ID,
  refs: ['[API] RegisterTaskDefinition.requiresCompatibilities', 'BP'],
  severity: 'warning',
  title: 'A task shaped for Fargate (awsvpc, task cpu and memory) lists FARGATE in requiresCompatibilities.',
  why: 'requiresCompatibilities is what RegisterTaskDefinition validates the task definition against; without it ECS registers the task for EC2 and checks nothing against Fargate, so a size or field Fargate rejects only fails when RunTask or a service asks for the FARGATE launch type. The Fargate rules of this linter are skipped for the same reason.',
  fix: 'Add "requiresCompatibilities": ["FARGATE"] (the quick fix does), or remove the task-level size if the task is meant for EC2.',
  check(_doc, ctx) {
    if (ctx.launchTypes.size > 0 || arr(ctx.root.requiresCompatibilities).some(isPlaceholder)) return [];
    if (ctx.networkMode !== 'awsvpc' || !ctx.networkModeSet) return [];
    const sized = (size: typeof ctx.taskCpu) => size.kind === 'ok' || size.kind === 'placeholder';
    if (!sized(ctx.taskCpu) || !sized(ctx.taskMemory)) return [];
    return [
      issue(
        ID,
        ['requiresCompatibilities'],
        'warning',
        'This task looks made for Fargate (awsvpc with task cpu and memory) but has no "requiresCompatibilities": ECS registers it for EC2 and checks nothing against Fargate until a service or RunTask asks for FARGATE; add "requiresCompatibilities": ["FARGATE"].',
      ),
    ];
  },
  quickFix(_doc, found) {
    if (found.path.length !== 1 || found.path[0] !== 'requiresCompatibilities') return undefined;
    return {
      label: 'Add "requiresCompatibilities": ["FARGATE"]',
      apply: (current) => withValue(current, ['requiresCompatibilities'], ['FARGATE']),
    };
  },
};
