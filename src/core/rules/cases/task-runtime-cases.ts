import { at, container, ec2, error, fargate, none, warning, type RuleCase } from './builders';

/** Rule cases for what the task provides its containers: resources, storage, volumes, proxy, roles and launch type. */
const efs = (config: Record<string, unknown>) => ({ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-1', ...config } });

export const taskRuntimeCases: RuleCase[] = [
  {
    rule: 'container-resources-fit-task',
    name: 'accepts container reservations within the task size',
    doc: fargate([container({ cpu: 256, memory: 512 }), container({ name: 'b', cpu: 256, memoryReservation: 256, memory: 512 })]),
    expect: none,
  },
  {
    rule: 'container-resources-fit-task',
    name: 'reports container cpu above the task cpu',
    doc: fargate([container({ cpu: 512 }), container({ name: 'b', cpu: 256 })]),
    expect: [error(['cpu'])],
    message: /768 CPU units/,
  },
  {
    rule: 'container-resources-fit-task',
    name: 'reports memory reservations above the task memory, counting numeric strings',
    doc: fargate([container({ cpu: 0, memoryReservation: '800' }), container({ name: 'b', cpu: 0, memory: 512 })]),
    expect: [error(['memory'])],
  },
  {
    rule: 'container-resources-fit-task',
    name: 'warns about a container limit that the task memory can never reach',
    doc: fargate([container({ memory: 4096, memoryReservation: 256 })]),
    expect: [warning(at(0, 'memory'))],
  },
  {
    rule: 'ephemeral-storage',
    name: 'accepts ephemeral storage on Fargate',
    doc: fargate(undefined, { ephemeralStorage: { sizeInGiB: 30 } }),
    expect: none,
  },
  {
    rule: 'ephemeral-storage',
    name: 'warns that ephemeral storage has no effect on EC2',
    doc: ec2(undefined, { ephemeralStorage: { sizeInGiB: 30 } }),
    expect: [warning(['ephemeralStorage'])],
  },
  {
    rule: 'configured-at-launch-volumes',
    name: 'accepts one volume configured at launch',
    doc: ec2(undefined, { volumes: [{ name: 'ebs', configuredAtLaunch: true }] }),
    expect: none,
  },
  {
    rule: 'configured-at-launch-volumes',
    name: 'reports a second volume configured at launch',
    doc: ec2(undefined, {
      volumes: [
        { name: 'a', configuredAtLaunch: true },
        { name: 'b', configuredAtLaunch: true },
      ],
    }),
    expect: [error(['volumes', 1, 'configuredAtLaunch'])],
  },
  {
    rule: 'volume-definition',
    name: 'accepts named volumes of one type each',
    doc: ec2(undefined, { volumes: [{ name: 'a', host: {} }, efs({})] }),
    expect: none,
  },
  {
    rule: 'volume-definition',
    name: 'reports a volume without a name',
    doc: ec2(undefined, { volumes: [{ host: { sourcePath: '/data' } }] }),
    expect: [error(['volumes', 0])],
  },
  {
    rule: 'volume-definition',
    name: 'reports a repeated volume name',
    doc: ec2(undefined, { volumes: [{ name: 'a' }, { name: 'a' }] }),
    expect: [error(['volumes', 1, 'name'])],
  },
  {
    rule: 'volume-definition',
    name: 'reports a volume with two types',
    doc: ec2(undefined, { volumes: [{ name: 'a', host: { sourcePath: '/x' }, efsVolumeConfiguration: { fileSystemId: 'fs-1' } }] }),
    expect: [error(['volumes', 0])],
  },
  {
    rule: 'proxy-configuration',
    name: 'accepts an App Mesh proxy naming the Envoy container',
    doc: ec2([container(), container({ name: 'envoy', cpu: 0 })], {
      proxyConfiguration: { type: 'APPMESH', containerName: 'envoy', properties: [{ name: 'IgnoredUID', value: '1337' }] },
    }),
    expect: none,
  },
  {
    rule: 'proxy-configuration',
    name: 'reports a proxy container name that is not in the task',
    doc: ec2(undefined, { proxyConfiguration: { containerName: 'envoy', properties: [{ name: 'IgnoredGID', value: '1337' }] } }),
    expect: [error(['proxyConfiguration', 'containerName'])],
  },
  {
    rule: 'proxy-configuration',
    name: 'reports unknown proxy keys and a missing IgnoredUID/IgnoredGID',
    doc: ec2(undefined, { proxyConfiguration: { containerName: 'app', properties: [{ name: 'AppPort', value: '80' }] } }),
    expect: [error(['proxyConfiguration', 'properties', 0, 'name']), error(['proxyConfiguration', 'properties'])],
  },
  { rule: 'inference-accelerators', name: 'accepts a task without Elastic Inference', doc: ec2(), expect: none },
  {
    rule: 'inference-accelerators',
    name: 'warns about Elastic Inference and reports an undeclared accelerator',
    doc: ec2([container({ resourceRequirements: [{ type: 'InferenceAccelerator', value: 'eia2' }] })], {
      inferenceAccelerators: [{ deviceName: 'eia1', deviceType: 'eia2.medium' }],
    }),
    expect: [warning(['inferenceAccelerators']), error(at(0, 'resourceRequirements', 0, 'value'))],
  },
  {
    rule: 'execution-role-required',
    name: 'accepts secrets with an execution role',
    doc: fargate([container({ secrets: [{ name: 'A', valueFrom: 'a' }] })]),
    expect: none,
  },
  {
    rule: 'execution-role-required',
    name: 'reports secrets without an execution role at the root',
    doc: ec2([container({ secrets: [{ name: 'A', valueFrom: 'a' }] })], { executionRoleArn: undefined }),
    expect: [error([])],
    message: /container "app" uses secrets/,
  },
  {
    rule: 'execution-role-required',
    name: 'reports awslogs on Fargate without an execution role',
    doc: fargate(undefined, { executionRoleArn: undefined }),
    expect: [error([])],
    message: /awslogs on Fargate/,
  },
  {
    rule: 'execution-role-required',
    name: 'reports awslogs on Managed Instances without an execution role',
    doc: ec2(undefined, { requiresCompatibilities: ['MANAGED_INSTANCES'], networkMode: 'awsvpc', executionRoleArn: undefined }),
    expect: [error([])],
    message: /awslogs on Managed Instances/,
  },
  {
    rule: 'execution-role-required',
    name: 'accepts awslogs on EC2 without an execution role',
    doc: ec2(undefined, { executionRoleArn: undefined }),
    expect: none,
  },
  {
    rule: 'execution-role-required',
    name: 'reports an ECR image on Fargate without an execution role',
    doc: fargate([container({ image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1', logConfiguration: { logDriver: 'splunk' } })], {
      executionRoleArn: undefined,
    }),
    expect: [error([])],
  },
  {
    rule: 's3files-task-role',
    name: 'accepts an S3 Files volume with a task role',
    doc: ec2(undefined, { volumes: [{ name: 's3', s3filesVolumeConfiguration: { fileSystemArn: 'arn' } }] }),
    expect: none,
  },
  {
    rule: 's3files-task-role',
    name: 'reports an S3 Files volume without a task role',
    doc: ec2(undefined, { taskRoleArn: undefined, volumes: [{ name: 's3', s3filesVolumeConfiguration: { fileSystemArn: 'arn' } }] }),
    expect: [error([])],
  },
  {
    rule: 'fargate-shaped-without-compatibilities',
    name: 'accepts a Fargate task that lists FARGATE',
    doc: fargate(),
    expect: none,
  },
  {
    rule: 'fargate-shaped-without-compatibilities',
    name: 'accepts an awsvpc task without requiresCompatibilities and without task size',
    doc: ec2(undefined, { requiresCompatibilities: undefined, networkMode: 'awsvpc' }),
    expect: none,
  },
  {
    rule: 'fargate-shaped-without-compatibilities',
    name: 'warns about an awsvpc task with task cpu and memory but no requiresCompatibilities',
    doc: fargate(undefined, { requiresCompatibilities: undefined }),
    expect: [warning(['requiresCompatibilities'])],
    message: /checks nothing against Fargate until a service or RunTask asks for FARGATE/,
  },
  {
    rule: 'fargate-shaped-without-compatibilities',
    name: 'warns about an empty requiresCompatibilities list as well',
    doc: fargate(undefined, { requiresCompatibilities: [], cpu: '1 vCPU', memory: '2 GB' }),
    expect: [warning(['requiresCompatibilities'])],
  },
  {
    rule: 'fargate-shaped-without-compatibilities',
    name: 'leaves a templated requiresCompatibilities alone',
    doc: fargate(undefined, { requiresCompatibilities: ['${LAUNCH_TYPE}'] }),
    expect: none,
  },
];
