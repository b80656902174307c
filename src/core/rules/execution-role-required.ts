import { issue } from './helpers';
import { concreteStr, isSet, obj } from './read';
import type { Rule } from './types';

const ID = 'execution-role-required';
const ECR_IMAGE = /^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\//;

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-16', 'R-TD-17'],
  severity: 'error',
  title:
    'executionRoleArn is set when the agent needs it (secrets, private registry, environment files; awslogs and ECR on Fargate, EXTERNAL and Managed Instances).',
  why: 'The ECS agent uses the task execution role to fetch secrets, registry credentials and S3 environment files, and on Fargate, external instances and Managed Instances to pull from ECR and write awslogs. Registration fails without it ("When you are specifying container secrets, you must also specify a value for \'executionRoleArn\'", "Fargate requires task definition to have execution role ARN to support log driver awslogs.").',
  fix: 'Add "executionRoleArn" with a role that has the AmazonECSTaskExecutionRolePolicy (plus secretsmanager:GetSecretValue / ssm:GetParameters / s3:GetObject as needed).',
  check(_doc, ctx) {
    if (ctx.hasExecutionRole) return [];
    const causes: string[] = [];
    const needsForPull = ctx.isFargate || ctx.isExternal || ctx.isManagedInstances;
    const where = ctx.isFargate ? 'Fargate' : ctx.isExternal ? 'EXTERNAL' : 'Managed Instances';
    for (const c of ctx.containers) {
      const label = c.name ? `container "${c.name}"` : `container #${c.index + 1}`;
      const log = obj(c.def.logConfiguration);
      if (isSet(c.def.secrets)) causes.push(`${label} uses secrets`);
      if (isSet(log.secretOptions)) causes.push(`${label} uses log secretOptions`);
      if (isSet(c.def.repositoryCredentials)) causes.push(`${label} uses repositoryCredentials`);
      if (isSet(c.def.environmentFiles)) causes.push(`${label} uses environmentFiles`);
      if (needsForPull && log.logDriver === 'awslogs') causes.push(`${label} logs with awslogs on ${where}`);
      const image = concreteStr(c.def.image);
      if (needsForPull && image !== undefined && ECR_IMAGE.test(image)) {
        causes.push(`${label} pulls from Amazon ECR on ${where}`);
      }
    }
    if (causes.length === 0) return [];
    const shown = causes.slice(0, 3).join(', ') + (causes.length > 3 ? ` and ${causes.length - 3} more` : '');
    return [
      issue(
        ID,
        [],
        'error',
        `"executionRoleArn" is required because ${shown}; add the ARN of a task execution role (e.g. ecsTaskExecutionRole).`,
      ),
    ];
  },
};
