import { at, container, ec2, error, fargate, none, warning, type RuleCase } from './builders';

/** Rule cases for how a container runs: logging, limits, GPUs, roles, mounts, commands and ports. */
const managedInstances = { requiresCompatibilities: ['MANAGED_INSTANCES'], networkMode: 'awsvpc' };
const awslogs = (options: Record<string, string>) => container({ logConfiguration: { logDriver: 'awslogs', options } });

export const containerRuntimeCases: RuleCase[] = [
  {
    rule: 'awslogs-options',
    name: 'accepts awslogs on EC2 without a stream prefix',
    doc: ec2([awslogs({ 'awslogs-group': 'g', 'awslogs-region': 'eu-west-1' })]),
    expect: none,
  },
  {
    rule: 'awslogs-options',
    name: 'reports a missing stream prefix on Fargate at the options object',
    doc: fargate([awslogs({ 'awslogs-group': 'g', 'awslogs-region': 'eu-west-1' })]),
    expect: [error(at(0, 'logConfiguration', 'options'))],
    message: /awslogs-stream-prefix/,
  },
  {
    rule: 'awslogs-options',
    name: 'reports exclusive multiline options and an unknown mode',
    doc: ec2([
      awslogs({
        'awslogs-group': 'g',
        'awslogs-region': 'r',
        'awslogs-datetime-format': '%Y',
        'awslogs-multiline-pattern': '^x',
        mode: 'async',
      }),
    ]),
    expect: [error(at(0, 'logConfiguration', 'options', 'mode')), error(at(0, 'logConfiguration', 'options', 'awslogs-multiline-pattern'))],
  },
  {
    rule: 'awslogs-options',
    name: 'accepts every option of the Docker awslogs driver and create-group "True"',
    doc: ec2([
      awslogs({
        'awslogs-group': 'g',
        'awslogs-region': 'eu-west-1',
        'awslogs-create-group': 'True',
        'awslogs-stream': 's',
        'awslogs-endpoint': 'https://logs.eu-west-1.amazonaws.com',
        'awslogs-max-buffered-events': '1024',
        'awslogs-force-flush-interval-seconds': '5',
        'max-buffer-size': '25m',
        mode: 'non-blocking',
      }),
    ]),
    expect: none,
  },
  {
    rule: 'awslogs-options',
    name: 'reports a misspelt awslogs option on EC2 with the closest known key',
    doc: ec2([awslogs({ 'awslogs-group': 'g', 'awslogs-regoin': 'eu-west-1' })]),
    expect: [error(at(0, 'logConfiguration', 'options', 'awslogs-regoin')), error(at(0, 'logConfiguration', 'options'))],
    message: /^"awslogs-regoin" is not an awslogs option \(did you mean "awslogs-region"\?\); Docker refuses/,
  },
  {
    rule: 'awslogs-options',
    name: 'warns about an unknown awslogs option on Fargate and lists known keys when nothing is close',
    doc: fargate([awslogs({ 'awslogs-group': 'g', 'awslogs-region': 'r', 'awslogs-stream-prefix': 'p', retention: '7' })]),
    expect: [warning(at(0, 'logConfiguration', 'options', 'retention'))],
    message: /known options: awslogs-group/,
  },
  {
    rule: 'awslogs-options',
    name: 'reports awslogs-create-group set to "false"',
    doc: ec2([awslogs({ 'awslogs-group': 'g', 'awslogs-region': 'r', 'awslogs-create-group': 'false' })]),
    expect: [error(at(0, 'logConfiguration', 'options', 'awslogs-create-group'))],
  },
  {
    rule: 'awslogs-options',
    name: 'reports awslogs without options at the log configuration',
    doc: ec2([container({ logConfiguration: { logDriver: 'awslogs' } })]),
    expect: [error(at(0, 'logConfiguration'))],
  },
  {
    rule: 'ulimits',
    name: 'accepts distinct ulimits with soft below hard',
    doc: ec2([container({ ulimits: [{ name: 'nofile', softLimit: 1024, hardLimit: 4096 }] })]),
    expect: none,
  },
  {
    rule: 'ulimits',
    name: 'reports a repeated ulimit and warns about soft above hard',
    doc: ec2([
      container({
        ulimits: [
          { name: 'nofile', softLimit: 1024, hardLimit: 4096 },
          { name: 'nofile', softLimit: 9000, hardLimit: 4096 },
        ],
      }),
    ]),
    expect: [error(at(0, 'ulimits', 1, 'name')), warning(at(0, 'ulimits', 1, 'softLimit'))],
  },
  {
    rule: 'resource-requirements',
    name: 'accepts a GPU count',
    doc: ec2([container({ resourceRequirements: [{ type: 'GPU', value: '1' }] })]),
    expect: none,
  },
  {
    rule: 'resource-requirements',
    name: 'reports a GPU with both a count and a sharing strategy',
    doc: ec2([container({ resourceRequirements: [{ type: 'GPU', value: '1', sharingStrategy: { nvidiaMps: { memory: 1024 } } }] })]),
    expect: [error(at(0, 'resourceRequirements', 0))],
  },
  {
    rule: 'resource-requirements',
    name: 'reports GPU containers that mix counts and sharing',
    doc: ec2([
      container({ resourceRequirements: [{ type: 'GPU', value: '1' }] }),
      container({ name: 'b', cpu: 0, resourceRequirements: [{ type: 'GPU', sharingStrategy: { nvidiaMps: { memory: 1024 } } }] }),
    ]),
    expect: [error(at(1, 'resourceRequirements', 0))],
  },
  {
    rule: 'resource-requirements',
    name: 'reports a repeated type and a NeuronDevice value other than ALL',
    doc: ec2(
      [
        container({
          resourceRequirements: [
            { type: 'NeuronDevice', value: '2' },
            { type: 'NeuronDevice', value: 'ALL' },
          ],
        }),
      ],
      managedInstances,
    ),
    expect: [error(at(0, 'resourceRequirements', 0, 'value')), error(at(0, 'resourceRequirements', 1, 'type'))],
  },
  {
    rule: 'resource-requirements',
    name: 'reports NeuronDevice in two containers',
    doc: ec2(
      [
        container({ resourceRequirements: [{ type: 'NeuronDevice', value: 'ALL' }] }),
        container({ name: 'b', cpu: 0, resourceRequirements: [{ type: 'NeuronDevice', value: 'ALL' }] }),
      ],
      managedInstances,
    ),
    expect: [error(at(1, 'resourceRequirements', 0))],
  },
  {
    rule: 'resource-requirements',
    name: 'reports NeuronDevice outside Managed Instances',
    doc: ec2([container({ resourceRequirements: [{ type: 'NeuronDevice', value: 'ALL' }] })]),
    expect: [error(at(0, 'resourceRequirements', 0, 'type'))],
    message: /only supported on Managed Instances/,
  },
  {
    rule: 'role-arn-format',
    name: 'accepts role ARNs in any partition, a task role name and placeholders',
    doc: fargate(undefined, {
      executionRoleArn: 'arn:aws-us-gov:iam::123456789012:role/service-role/exec',
      taskRoleArn: 'web-task',
    }),
    expect: none,
  },
  {
    rule: 'role-arn-format',
    name: 'leaves template placeholders in role ARNs alone',
    doc: fargate(undefined, { executionRoleArn: 'arn:aws:iam::${AWS_ACCOUNT_ID}:role/exec', taskRoleArn: '${TASK_ROLE}' }),
    expect: none,
  },
  {
    rule: 'role-arn-format',
    name: 'warns about a policy ARN as execution role and a task role ARN without account id',
    doc: fargate(undefined, {
      executionRoleArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
      taskRoleArn: 'arn:aws:iam:::role/task',
    }),
    expect: [warning(['executionRoleArn']), warning(['taskRoleArn'])],
    message: /names an IAM policy, not a role/,
  },
  {
    rule: 'role-arn-format',
    name: 'warns about a bare role name as execution role',
    doc: fargate(undefined, { executionRoleArn: 'ecsTaskExecutionRole' }),
    expect: [warning(['executionRoleArn'])],
    message: /^"executionRoleArn" "ecsTaskExecutionRole" is not an IAM role ARN; write it as/,
  },
  {
    rule: 'mount-container-path',
    name: 'accepts distinct absolute mount paths and a Windows drive path',
    doc: ec2(
      [
        container({
          mountPoints: [
            { sourceVolume: 'v', containerPath: '/data' },
            { sourceVolume: 'w', containerPath: 'C:\\logs' },
          ],
        }),
        container({ name: 'other', mountPoints: [{ sourceVolume: 'v', containerPath: '/data' }] }),
      ],
      { volumes: [{ name: 'v' }, { name: 'w' }] },
    ),
    expect: none,
  },
  {
    rule: 'mount-container-path',
    name: 'reports a missing, an empty and a relative containerPath',
    doc: ec2(
      [
        container({
          mountPoints: [{ sourceVolume: 'v' }, { sourceVolume: 'v', containerPath: '' }, { sourceVolume: 'w', containerPath: 'data' }],
        }),
      ],
      { volumes: [{ name: 'v' }, { name: 'w' }] },
    ),
    expect: [
      error(at(0, 'mountPoints', 0)),
      error(at(0, 'mountPoints', 1, 'containerPath')),
      error(at(0, 'mountPoints', 2, 'containerPath')),
    ],
    message: /^Mount point #1 has no "containerPath"/,
  },
  {
    rule: 'mount-container-path',
    name: 'reports a containerPath mounted twice in one container, tmpfs included',
    doc: ec2(
      [
        container({
          linuxParameters: { tmpfs: [{ containerPath: '/tmp', size: 64 }] },
          mountPoints: [
            { sourceVolume: 'v', containerPath: '/data' },
            { sourceVolume: 'w', containerPath: '/data/' },
            { sourceVolume: 'w', containerPath: '/tmp' },
          ],
        }),
      ],
      { volumes: [{ name: 'v' }, { name: 'w' }] },
    ),
    expect: [error(at(0, 'mountPoints', 1, 'containerPath')), error(at(0, 'mountPoints', 2, 'containerPath'))],
    message: /already used by mount point #1 of this container; Docker refuses a duplicate mount point/,
  },
  {
    rule: 'mount-container-path',
    name: 'reports a relative path on Linux even when it looks like a drive path',
    doc: ec2([container({ mountPoints: [{ sourceVolume: 'v', containerPath: 'C:\\data' }] })], {
      volumes: [{ name: 'v' }, { name: 'w' }],
      runtimePlatform: { operatingSystemFamily: 'LINUX' },
    }),
    expect: [error(at(0, 'mountPoints', 0, 'containerPath'))],
  },
  {
    rule: 'environment-variable-name',
    name: 'accepts named variables',
    doc: ec2([container({ environment: [{ name: 'A', value: '1' }] })]),
    expect: none,
  },
  {
    rule: 'environment-variable-name',
    name: 'warns about variables without a name, with an empty name and with "=" in the name',
    doc: ec2([container({ environment: [{ value: '1' }, { name: ' ', value: '2' }, { name: 'A=B', value: '3' }] })]),
    expect: [warning(at(0, 'environment', 0)), warning(at(0, 'environment', 1, 'name')), warning(at(0, 'environment', 2, 'name'))],
    message: /^Environment variable #1 \(value "1"\) has no name; name it or remove the entry\.$/,
  },
  {
    rule: 'command-array-form',
    name: 'accepts argument arrays and a script after sh -c',
    doc: ec2([
      container({ entryPoint: ['/docker-entrypoint.sh'], command: ['nginx', '-g', 'daemon off;'] }),
      container({ name: 'b', cpu: 0, entryPoint: ['sh', '-c'], command: ['npm run migrate && npm start'] }),
      container({ name: 'c', cpu: 0, command: ['sh', '-c', 'sleep 1; exit 0'] }),
      container({ name: 'd', cpu: 0, entryPoint: [''], command: ['/usr/bin/run'] }),
    ]),
    expect: none,
  },
  {
    rule: 'command-array-form',
    name: 'warns about a whole command line in one command or entryPoint element',
    doc: ec2([container({ command: ['npm start'] }), container({ name: 'b', cpu: 0, entryPoint: ['python app.py --port 80'] })]),
    expect: [warning(at(0, 'command', 0)), warning(at(1, 'entryPoint', 0))],
    message: /^command \["npm start"\] is one element, so Docker looks for a program named "npm start"/,
  },
  {
    rule: 'command-array-form',
    name: 'warns about an element wrapped in literal quotes',
    doc: ec2([container({ command: ['"nginx"', '"-g"', '"daemon off;"'] })]),
    expect: [warning(at(0, 'command', 0))],
    message: /keeps its quotes/,
  },
  {
    rule: 'host-port-conflicts',
    name: 'accepts distinct static host ports, dynamic ports and tcp beside udp in bridge mode',
    doc: ec2([
      container({ portMappings: [{ containerPort: 80, hostPort: 8080 }, { containerPort: 81 }] }),
      container({
        name: 'b',
        cpu: 0,
        portMappings: [{ containerPort: 80, hostPort: 0 }, { containerPort: 53, hostPort: 8080, protocol: 'udp' }, { containerPort: 81 }],
      }),
    ]),
    expect: none,
  },
  {
    rule: 'host-port-conflicts',
    name: 'reports a static host port mapped by two containers in bridge mode',
    doc: ec2([
      container({ portMappings: [{ containerPort: 80, hostPort: 8080 }] }),
      container({ name: 'b', cpu: 0, portMappings: [{ containerPort: 3000, hostPort: 8080 }] }),
    ]),
    expect: [error(at(1, 'portMappings', 0, 'hostPort'))],
    message: /^TCP host port 8080 is already mapped by container "app" \(port mapping #1\); ECS rejects/,
  },
  {
    rule: 'host-port-conflicts',
    name: 'reports two containers listening on the same port in host mode',
    doc: ec2(
      [container({ portMappings: [{ containerPort: 80 }] }), container({ name: 'b', cpu: 0, portMappings: [{ containerPort: 80 }] })],
      {
        networkMode: 'host',
      },
    ),
    expect: [error(at(1, 'portMappings', 0, 'containerPort'))],
  },
  {
    rule: 'host-port-conflicts',
    name: 'leaves awsvpc tasks alone',
    doc: fargate([
      container({ portMappings: [{ containerPort: 80 }] }),
      container({ name: 'b', cpu: 0, portMappings: [{ containerPort: 80 }] }),
    ]),
    expect: none,
  },
  {
    rule: 'mount-container-path',
    name: 'reports a relative tmpfs path and warns about a relative host source path',
    doc: ec2([container({ linuxParameters: { tmpfs: [{ containerPath: 'tmp', size: 64 }] } })], {
      volumes: [
        { name: 'h', host: { sourcePath: './data' } },
        { name: 'ok', host: { sourcePath: '/var/data' } },
      ],
    }),
    expect: [error(at(0, 'linuxParameters', 'tmpfs', 0, 'containerPath')), warning(['volumes', 0, 'host', 'sourcePath'])],
  },
  {
    rule: 'working-directory',
    name: 'accepts absolute working directories on Linux and Windows',
    doc: ec2([container({ workingDirectory: '/app' }), container({ name: 'b', cpu: 0, workingDirectory: 'C:\\app' })]),
    expect: none,
  },
  {
    rule: 'working-directory',
    name: 'reports a relative working directory',
    doc: ec2([container({ workingDirectory: 'app' })]),
    expect: [error(at(0, 'workingDirectory'))],
    message: /^Container "app" has the relative workingDirectory "app"; Docker needs an absolute path, e\.g\. "\/app"\.$/,
  },
  {
    rule: 'awslogs-options',
    name: 'reports max-buffer-size with blocking mode and warns when the mode is left out',
    doc: ec2([
      awslogs({ 'awslogs-group': 'g', 'awslogs-region': 'r', mode: 'blocking', 'max-buffer-size': '25m' }),
      container({ name: 'b', cpu: 0, logConfiguration: { logDriver: 'json-file', options: { 'max-buffer-size': '4m' } } }),
    ]),
    expect: [
      error(at(0, 'logConfiguration', 'options', 'max-buffer-size')),
      warning(at(1, 'logConfiguration', 'options', 'max-buffer-size')),
    ],
    message: /only works with "mode": "non-blocking"/,
  },
];
