import { ECS8_SECRET_NAMES, looksSecret } from '../env-file';
import type { Issue } from '../issues';
import { getAtPath } from '../paths';
import { issue, withExecutionRole, withValue, withoutValue } from './helpers';
import { arr, isObj, isPlaceholder, obj, str } from './read';
import type { Rule } from './types';

const ID = 'secrets-in-environment';
/** The `valueFrom` a quick fix writes; `${…}` marks it as a template value to fill in (see docs/rules.md). */
export function secretParameterPlaceholder(name: string): string {
  return 'arn:aws:ssm:${AWS_REGION}:${AWS_ACCOUNT_ID}:parameter/' + name;
}

function ecs8Advice(name: string): string {
  if (name === 'ECS_ENGINE_AUTH_DATA') return 'use "repositoryCredentials" with a Secrets Manager secret for registry logins';
  return 'give the task a "taskRoleArn" instead of access keys (the SDKs pick up its credentials), or move the value to "secrets"';
}

export const rule: Rule = {
  id: ID,
  refs: ['Security Hub ECS.8', 'BP'],
  severity: 'warning',
  title: 'Credentials are passed as secrets, not as plain environment variables.',
  why: 'Security Hub control ECS.8 fails task definitions that put AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY or ECS_ENGINE_AUTH_DATA in "environment"; these names are always reported, other names when they or their values look secret. Environment values are stored in clear text in the task definition: anyone with ecs:DescribeTaskDefinition can read them, and they end up in source control and CI logs. secrets are fetched from SSM Parameter Store or Secrets Manager at start-up instead.',
  fix: 'Use a task role instead of AWS access keys and repositoryCredentials for registry logins. Store other values in SSM Parameter Store or Secrets Manager and reference it from "secrets" (the quick fix moves the variable and writes valueFrom "arn:aws:ssm:${AWS_REGION}:${AWS_ACCOUNT_ID}:parameter/NAME", adding an executionRoleArn placeholder when needed).',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      arr(c.def.environment).forEach((entry, i) => {
        if (!isObj(entry)) return;
        const name = str(entry.name);
        const value = str(entry.value);
        if (name !== undefined && ECS8_SECRET_NAMES.has(name.trim())) {
          const path = entry.value === undefined ? [...c.path, 'environment', i] : [...c.path, 'environment', i, 'value'];
          const message = `Environment variable "${name}" passes credentials in plain text (Security Hub ECS.8); ${ecs8Advice(name.trim())}.`;
          out.push(issue(ID, path, 'warning', message));
          return;
        }
        if (!name || !value || isPlaceholder(value) || isPlaceholder(name)) return;
        // The same test as the environment rows' "Move to secrets" button, so both always agree.
        if (looksSecret(name, value)) {
          out.push(
            issue(
              ID,
              [...c.path, 'environment', i, 'value'],
              'warning',
              `Environment variable "${name}" looks like a secret stored in plain text; move it to "secrets" with a Secrets Manager or SSM Parameter Store reference.`,
            ),
          );
        }
      });
    }
    return out;
  },
  quickFix(doc, found) {
    const entryPath = found.path[found.path.length - 1] === 'value' ? found.path.slice(0, -1) : found.path;
    const name = str(obj(getAtPath(doc, entryPath)).name);
    const containerPath = entryPath.slice(0, -2);
    if (!name || entryPath[entryPath.length - 2] !== 'environment') return undefined;
    return {
      label: `Move "${name}" to secrets`,
      apply: (current) => {
        const secrets = arr(obj(getAtPath(current, containerPath)).secrets);
        const moved = withValue(
          withoutValue(current, entryPath),
          [...containerPath, 'secrets'],
          [...secrets, { name, valueFrom: secretParameterPlaceholder(name) }],
        );
        return withExecutionRole(moved);
      },
    };
  },
};
