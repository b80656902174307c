import { at, container, ec2, error, fargate, info, none, warning, type RuleCase } from './builders';

const router = (overrides: Record<string, unknown> = {}) =>
  container({ name: 'log_router', cpu: 0, firelensConfiguration: { type: 'fluentbit' }, ...overrides });
const firelensApp = (overrides: Record<string, unknown> = {}) =>
  container({ logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch' } }, ...overrides });
const efs = (config: Record<string, unknown>) => ({
  volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-1', ...config } }],
});

export const referenceCases: RuleCase[] = [
  {
    rule: 'mount-source-volume-declared',
    name: 'accepts a mount of a declared volume',
    doc: ec2([container({ mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }] })], { volumes: [{ name: 'data' }] }),
    expect: none,
  },
  {
    rule: 'mount-source-volume-declared',
    name: 'reports a mount of an undeclared volume at sourceVolume',
    doc: ec2([container({ mountPoints: [{ sourceVolume: 'logs', containerPath: '/logs' }] })], { volumes: [{ name: 'data' }] }),
    expect: [error(at(0, 'mountPoints', 0, 'sourceVolume'))],
    message: /"logs" is not declared in "volumes" \(declared volumes: "data"\)/,
  },
  {
    rule: 'mount-source-volume-declared',
    name: 'reports a mount point without sourceVolume',
    doc: ec2([container({ mountPoints: [{ containerPath: '/x' }] })]),
    expect: [error(at(0, 'mountPoints', 0))],
  },
  {
    rule: 'volumes-from-container',
    name: 'accepts volumes from another container',
    doc: ec2([container({ volumesFrom: [{ sourceContainer: 'data' }] }), container({ name: 'data', cpu: 0 })]),
    expect: none,
  },
  {
    rule: 'volumes-from-container',
    name: 'reports an unknown source container',
    doc: ec2([container({ volumesFrom: [{ sourceContainer: 'data' }] })]),
    expect: [error(at(0, 'volumesFrom', 0, 'sourceContainer'))],
  },
  {
    rule: 'volumes-from-container',
    name: 'reports a container taking volumes from itself',
    doc: ec2([container({ volumesFrom: [{ sourceContainer: 'app' }] })]),
    expect: [error(at(0, 'volumesFrom', 0, 'sourceContainer'))],
  },
  {
    rule: 'depends-on-container',
    name: 'accepts a dependency on another container',
    doc: fargate([container({ dependsOn: [{ containerName: 'init', condition: 'START' }] }), container({ name: 'init', cpu: 0 })]),
    expect: none,
  },
  {
    rule: 'depends-on-container',
    name: 'reports a dependency on an unknown container',
    doc: fargate([container({ dependsOn: [{ containerName: 'db', condition: 'START' }] })]),
    expect: [error(at(0, 'dependsOn', 0, 'containerName'))],
  },
  {
    rule: 'depends-on-container',
    name: 'reports a dependency cycle',
    doc: fargate([
      container({ dependsOn: [{ containerName: 'b', condition: 'START' }] }),
      container({ name: 'b', cpu: 0, dependsOn: [{ containerName: 'app', condition: 'START' }] }),
    ]),
    expect: [error(at(1, 'dependsOn', 0, 'containerName'))],
  },
  {
    rule: 'dependency-condition-essential',
    name: 'accepts SUCCESS on a non-essential container',
    doc: fargate([
      container({ dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] }),
      container({ name: 'init', cpu: 0, essential: false }),
    ]),
    expect: none,
  },
  {
    rule: 'dependency-condition-essential',
    name: 'reports COMPLETE on an essential container',
    doc: fargate([container({ dependsOn: [{ containerName: 'init', condition: 'COMPLETE' }] }), container({ name: 'init', cpu: 0 })]),
    expect: [error(at(0, 'dependsOn', 0, 'condition'))],
  },
  {
    rule: 'healthy-dependency-health-check',
    name: 'accepts HEALTHY on a container with a health check',
    doc: fargate([
      container({ dependsOn: [{ containerName: 'db', condition: 'HEALTHY' }] }),
      container({ name: 'db', cpu: 0, healthCheck: { command: ['CMD', 'pg_isready'] } }),
    ]),
    expect: none,
  },
  {
    rule: 'healthy-dependency-health-check',
    name: 'reports HEALTHY on a container without a health check',
    doc: fargate([
      container({ dependsOn: [{ containerName: 'db', condition: 'HEALTHY' }] }),
      container({ name: 'db', cpu: 0, healthCheck: null }),
    ]),
    expect: [error(at(0, 'dependsOn', 0, 'condition'))],
  },
  {
    rule: 'firelens-router',
    name: 'accepts awsfirelens with a router in awsvpc mode',
    doc: fargate([router(), firelensApp()]),
    expect: none,
  },
  {
    rule: 'firelens-router',
    name: 'reports awsfirelens without a router',
    doc: fargate([firelensApp()]),
    expect: [error(at(0, 'logConfiguration', 'logDriver'))],
  },
  {
    rule: 'firelens-router',
    name: 'warns about a second router and an app that does not wait for the router in bridge mode',
    doc: ec2([router(), firelensApp(), router({ name: 'router2' })]),
    expect: [warning(at(2, 'firelensConfiguration')), warning(at(1))],
  },
  {
    rule: 'firelens-router',
    name: 'notes a non-essential router',
    doc: fargate([router({ essential: false }), firelensApp()]),
    expect: [info(at(0, 'essential'))],
  },
  {
    rule: 'firelens-options',
    name: 'accepts a config file baked into the image on Fargate',
    doc: fargate([
      router({ firelensConfiguration: { type: 'fluentbit', options: { 'config-file-type': 'file', 'config-file-value': '/extra.conf' } } }),
    ]),
    expect: none,
  },
  {
    rule: 'firelens-options',
    name: 'reports an S3 config file on Fargate',
    doc: fargate([
      router({
        firelensConfiguration: {
          type: 'fluentbit',
          options: { 'config-file-type': 's3', 'config-file-value': 'arn:aws:s3:::b/extra.conf' },
        },
      }),
    ]),
    expect: [error(at(0, 'firelensConfiguration', 'options', 'config-file-type'))],
  },
  {
    rule: 'firelens-options',
    name: 'reports unknown keys, a bad metadata flag and a type without value',
    doc: ec2([
      router({
        firelensConfiguration: { type: 'fluentbit', options: { Name: 'x', 'enable-ecs-log-metadata': 'yes', 'config-file-type': 'file' } },
      }),
    ]),
    expect: [
      error(at(0, 'firelensConfiguration', 'options', 'Name')),
      error(at(0, 'firelensConfiguration', 'options', 'enable-ecs-log-metadata')),
      error(at(0, 'firelensConfiguration', 'options')),
    ],
  },
  {
    rule: 'efs-volume-settings',
    name: 'accepts an access point with transit encryption',
    doc: fargate(undefined, efs({ transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-1', iam: 'ENABLED' } })),
    expect: none,
  },
  {
    rule: 'efs-volume-settings',
    name: 'reports IAM authorization without transit encryption at the EFS configuration',
    doc: fargate(undefined, efs({ authorizationConfig: { iam: 'ENABLED' } })),
    expect: [error(['volumes', 0, 'efsVolumeConfiguration'])],
  },
  {
    rule: 'efs-volume-settings',
    name: 'reports a root directory next to an access point',
    doc: fargate(
      undefined,
      efs({ rootDirectory: '/data', transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-1' } }),
    ),
    expect: [error(['volumes', 0, 'efsVolumeConfiguration', 'rootDirectory'])],
  },
  {
    rule: 'efs-volume-settings',
    name: 'reports a root directory next to an S3 Files access point',
    doc: ec2(undefined, {
      volumes: [{ name: 's3', s3filesVolumeConfiguration: { fileSystemArn: 'arn', accessPointArn: 'arn:ap', rootDirectory: '/x' } }],
    }),
    expect: [error(['volumes', 0, 's3filesVolumeConfiguration', 'rootDirectory'])],
  },
  {
    rule: 'docker-volume-autoprovision',
    name: 'accepts autoprovision on a shared volume',
    doc: ec2(undefined, { volumes: [{ name: 'd', dockerVolumeConfiguration: { scope: 'shared', autoprovision: true, driver: 'local' } }] }),
    expect: none,
  },
  {
    rule: 'docker-volume-autoprovision',
    name: 'reports autoprovision on a task-scoped volume',
    doc: ec2(undefined, { volumes: [{ name: 'd', dockerVolumeConfiguration: { autoprovision: true } }] }),
    expect: [error(['volumes', 0, 'dockerVolumeConfiguration', 'autoprovision'])],
  },
];
