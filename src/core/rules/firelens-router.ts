import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, capitalize, concreteStr, containerLabel, isSet, obj } from './read';
import type { ContainerInfo, Rule } from './types';

const ID = 'firelens-router';

export const rule: Rule = {
  id: ID,
  refs: ['R-REF-7'],
  severity: 'error',
  title: 'Containers logging with awsfirelens have one FireLens log router in the task.',
  why: 'The awsfirelens log driver sends logs to a Fluent Bit/Fluentd container of the same task marked with "firelensConfiguration"; without one the containers cannot log. A task has one router, which should be essential; in bridge mode the application containers should start after it.',
  fix: 'Add a log router container (e.g. public.ecr.aws/aws-observability/aws-for-fluent-bit) with "firelensConfiguration": {"type": "fluentbit"}, keep only one router, and in bridge mode add a dependsOn START on it.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const routers = ctx.containers.filter((c) => isSet(c.def.firelensConfiguration));
    const users = ctx.containers.filter(
      (c) => concreteStr(obj(c.def.logConfiguration).logDriver) === 'awsfirelens' && !isSet(c.def.firelensConfiguration),
    );
    if (users.length > 0 && routers.length === 0) {
      for (const c of users) {
        out.push(
          issue(
            ID,
            [...c.path, 'logConfiguration', 'logDriver'],
            'error',
            `${capitalize(containerLabel(c.index, c.name))} logs with awsfirelens but the task has no FireLens router; add a container with "firelensConfiguration" or use another log driver.`,
          ),
        );
      }
    }
    const first = routers[0];
    for (const extra of routers.slice(1)) {
      out.push(
        issue(
          ID,
          [...extra.path, 'firelensConfiguration'],
          'warning',
          `The task already has a FireLens router (${containerLabel(first?.index ?? 0, first?.name)}); keep one "firelensConfiguration" per task.`,
        ),
      );
    }
    if (!first) return out;
    if (!first.essential) {
      out.push(
        issue(
          ID,
          [...first.path, 'essential'],
          'info',
          'The FireLens router is not essential, so the task keeps running without log delivery if it stops; consider "essential": true.',
        ),
      );
    }
    if (ctx.networkMode === 'bridge' && first.name) {
      for (const c of users)
        if (!dependsOnRouter(c, first.name)) {
          out.push(
            issue(
              ID,
              c.path,
              'warning',
              `${capitalize(containerLabel(c.index, c.name))} logs through FireLens in bridge mode but does not wait for the router; add dependsOn {"containerName": "${first.name}", "condition": "START"}.`,
            ),
          );
        }
    }
    return out;
  },
};

function dependsOnRouter(c: ContainerInfo, router: string): boolean {
  return arr(c.def.dependsOn).some((d) => obj(d).containerName === router);
}
