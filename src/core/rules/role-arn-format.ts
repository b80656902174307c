import type { Issue } from '../issues';
import { issue } from './helpers';
import { concreteStr } from './read';
import type { Rule } from './types';

const ID = 'role-arn-format';

/** cfn-lint E3511's IAM role ARN pattern (any AWS partition, a 12-digit account, a role path and name). */
const ROLE_ARN = /^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/[a-zA-Z_0-9+=,.@\-/]+$/;
/** An IAM role name (1-64 characters): ECS takes a short name for taskRoleArn. */
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;

export const rule: Rule = {
  id: ID,
  refs: ['cfn-lint E3511'],
  severity: 'warning',
  title: 'executionRoleArn and taskRoleArn are IAM role ARNs (taskRoleArn may be a role name).',
  why: 'ECS assumes these roles to pull images, write logs and read secrets (execution role) and to give the containers credentials (task role). A value that is not arn:aws:iam::<12-digit account>:role/<name> (cfn-lint E3511, IAM identifiers reference), such as a policy or user ARN, a missing account id or a truncated ARN, makes registration or the task start fail. The API also takes a short role name for taskRoleArn. Template placeholders are left alone.',
  fix: 'Write the role ARN as shown in the IAM console, e.g. "arn:aws:iam::123456789012:role/ecsTaskExecutionRole".',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const field of ['executionRoleArn', 'taskRoleArn'] as const) {
      const value = concreteStr(ctx.root[field]);
      if (value === undefined || value.trim() === '' || ROLE_ARN.test(value)) continue;
      if (field === 'taskRoleArn' && ROLE_NAME.test(value)) continue;
      const what = /^arn:[^:]*:iam::[^:]*:(user|policy|group|instance-profile)\//.exec(value)?.[1];
      const detail = what ? ` (it names an IAM ${what}, not a role)` : '';
      const message = `"${field}" ${JSON.stringify(value)} is not an IAM role ARN${detail}; write it as "arn:aws:iam::<12-digit account id>:role/<role name>".`;
      out.push(issue(ID, [field], 'warning', message));
    }
    return out;
  },
};
