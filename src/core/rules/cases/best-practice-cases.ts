import { at, container, ec2, fargate, info, none, warning, type RuleCase } from './builders';

const env = (name: string, value: string) => container({ environment: [{ name, value }] });

export const bestPracticeCases: RuleCase[] = [
  { rule: 'read-only-fields', name: 'accepts register input without describe fields', doc: fargate(), expect: none },
  {
    rule: 'read-only-fields',
    name: 'warns about read-only fields of describe output',
    doc: fargate(undefined, { revision: 3, status: 'ACTIVE', compatibilities: ['EC2', 'FARGATE'] }),
    expect: [warning(['revision']), warning(['status']), warning(['compatibilities'])],
    message: /read-only field; remove before registering/,
  },
  { rule: 'secrets-in-environment', name: 'accepts ordinary environment values', doc: fargate([env('LOG_LEVEL', 'info')]), expect: none },
  {
    rule: 'secrets-in-environment',
    name: 'warns about a password in the environment',
    doc: fargate([env('DB_PASSWORD', 'hunter2')]),
    expect: [warning(at(0, 'environment', 0, 'value'))],
  },
  {
    rule: 'secrets-in-environment',
    name: 'warns about an API key in camel case',
    doc: fargate([env('stripeApiKey', 'sk_live_123')]),
    expect: [warning(at(0, 'environment', 0, 'value'))],
  },
  {
    rule: 'secrets-in-environment',
    name: 'warns about a high-entropy value under a harmless name',
    doc: fargate([env('CONFIG', 'q8Zr3Kp0WvX2mN7tYb5LcJ4hGf9Ds1Ae')]),
    expect: [warning(at(0, 'environment', 0, 'value'))],
  },
  {
    rule: 'secrets-in-environment',
    name: 'ignores names that describe a secret rather than hold it',
    doc: fargate([env('DB_PASSWORD_ARN', 'arn:aws:secretsmanager:x'), env('TOKEN_URL', 'https://auth/x')]),
    expect: none,
  },
  {
    rule: 'secrets-in-environment',
    name: 'always warns about the Security Hub ECS.8 names, even with a placeholder or short value',
    doc: fargate([
      container({
        environment: [
          { name: 'AWS_ACCESS_KEY_ID', value: '${AWS_ACCESS_KEY_ID}' },
          { name: 'AWS_SECRET_ACCESS_KEY', value: 'x' },
          { name: 'ECS_ENGINE_AUTH_DATA', value: '{}' },
          { name: 'AWS_REGION', value: 'eu-west-1' },
        ],
      }),
    ]),
    expect: [
      warning(at(0, 'environment', 0, 'value')),
      warning(at(0, 'environment', 1, 'value')),
      warning(at(0, 'environment', 2, 'value')),
    ],
    message:
      /^Environment variable "AWS_ACCESS_KEY_ID" passes credentials in plain text \(Security Hub ECS\.8\); give the task a "taskRoleArn"/,
  },
  {
    rule: 'secrets-in-environment',
    name: 'advises repositoryCredentials for ECS_ENGINE_AUTH_DATA',
    doc: fargate([container({ environment: [{ name: 'ECS_ENGINE_AUTH_DATA' }] })]),
    expect: [warning(at(0, 'environment', 0))],
    message: /repositoryCredentials/,
  },
  { rule: 'secrets-in-environment', name: 'skips placeholder values', doc: fargate([env('DB_PASSWORD', '${DB_PASSWORD}')]), expect: none },
  { rule: 'privileged-container', name: 'accepts an unprivileged container', doc: ec2([container({ privileged: false })]), expect: none },
  {
    rule: 'privileged-container',
    name: 'warns about a privileged container on EC2',
    doc: ec2([container({ privileged: true })]),
    expect: [warning(at(0, 'privileged'))],
  },
  { rule: 'readonly-root-filesystem', name: 'accepts a read-only root filesystem', doc: ec2(), expect: none },
  {
    rule: 'readonly-root-filesystem',
    name: 'notes an unset readonlyRootFilesystem at the container',
    doc: ec2([container({ readonlyRootFilesystem: undefined })]),
    expect: [info(at(0))],
  },
  {
    rule: 'readonly-root-filesystem',
    name: 'notes an explicit false at the field',
    doc: ec2([container({ readonlyRootFilesystem: false })]),
    expect: [info(at(0, 'readonlyRootFilesystem'))],
  },
  { rule: 'log-configuration', name: 'accepts a container with a log configuration', doc: ec2(), expect: none },
  {
    rule: 'log-configuration',
    name: 'warns about a container without logConfiguration',
    doc: ec2([container({ logConfiguration: null })]),
    expect: [warning(at(0))],
  },
  {
    rule: 'image-tag',
    name: 'accepts a version tag, a digest and a registry port',
    doc: ec2([container({ image: 'registry:5000/team/app:2.1' })]),
    expect: none,
  },
  {
    rule: 'image-tag',
    name: 'warns about an untagged image',
    doc: ec2([container({ image: 'registry:5000/team/app' })]),
    expect: [warning(at(0, 'image'))],
    message: /no tag/,
  },
  {
    rule: 'image-tag',
    name: 'warns about the latest tag',
    doc: ec2([container({ image: 'nginx:latest' })]),
    expect: [warning(at(0, 'image'))],
  },
  {
    rule: 'efs-transit-encryption',
    name: 'accepts an encrypted EFS volume',
    doc: fargate(undefined, { volumes: [{ name: 'e', efsVolumeConfiguration: { fileSystemId: 'fs-1', transitEncryption: 'ENABLED' } }] }),
    expect: none,
  },
  {
    rule: 'efs-transit-encryption',
    name: 'warns about an EFS volume without transit encryption',
    doc: fargate(undefined, { volumes: [{ name: 'e', efsVolumeConfiguration: { fileSystemId: 'fs-1' } }] }),
    expect: [warning(['volumes', 0, 'efsVolumeConfiguration'])],
  },
  { rule: 'distinct-task-and-execution-roles', name: 'accepts different task and execution roles', doc: fargate(), expect: none },
  {
    rule: 'distinct-task-and-execution-roles',
    name: 'warns when the task role is the execution role',
    doc: fargate(undefined, { taskRoleArn: 'arn:aws:iam::123456789012:role/exec' }),
    expect: [warning(['taskRoleArn'])],
  },
];
