import type { JsonObject } from '../issues';

/** A starting point offered in "New from template". */
export interface TaskDefinitionTemplate {
  /** Stable kebab id, used in URLs and tests. */
  id: string;
  title: string;
  /** One line saying what it sets up. */
  description: string;
  /** A complete register-ready task definition (Blank: the fields to fill in, empty). Treat as read-only; {@link instantiateTemplate} gives a copy to edit. */
  document: JsonObject;
}

/** Placeholder account and roles: obviously fake, but valid in form, so the document validates as it is. */
export const EXAMPLE_ACCOUNT = '123456789012';
export const EXAMPLE_REGION = 'us-east-1';
export const EXAMPLE_EXECUTION_ROLE = `arn:aws:iam::${EXAMPLE_ACCOUNT}:role/ecsTaskExecutionRole`;
export const EXAMPLE_TASK_ROLE = `arn:aws:iam::${EXAMPLE_ACCOUNT}:role/ecsTaskRole`;

/** awslogs options for one log group; the stream prefix is required on Fargate and harmless elsewhere. */
export function awslogs(group: string, streamPrefix: string): JsonObject {
  return {
    logDriver: 'awslogs',
    options: {
      'awslogs-group': group,
      'awslogs-region': EXAMPLE_REGION,
      'awslogs-stream-prefix': streamPrefix,
      'awslogs-create-group': 'true',
    },
  };
}
