import type { TaskDefinition } from './task-definition';

/**
 * Test data for the schema tests (imported only by `*.test.ts`). Typed as `TaskDefinition`, so tsc already checks
 * that the complete document fits the schema's types.
 */

/** The smallest document the schema accepts. */
export const minimalTaskDefinition: TaskDefinition = {
  family: 'web',
  containerDefinitions: [{ name: 'app', image: 'nginx:1.27' }],
};

/** A container that sets every ContainerDefinition member at least once. */
const completeContainer: TaskDefinition['containerDefinitions'][number] = {
  name: 'app',
  image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2',
  repositoryCredentials: { credentialsParameter: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:reg-AbCdEf' },
  cpu: 256,
  memory: 1024,
  memoryReservation: 512,
  links: ['db:database'],
  portMappings: [
    { containerPort: 8080, hostPort: 8080, protocol: 'tcp', name: 'http', appProtocol: 'http' },
    { containerPortRange: '9000-9100', protocol: 'udp' },
  ],
  essential: true,
  restartPolicy: { enabled: true, ignoredExitCodes: [0, 143], restartAttemptPeriod: 300 },
  entryPoint: ['/docker-entrypoint.sh'],
  command: ['serve', '--port', '8080'],
  environment: [{ name: 'LOG_LEVEL', value: 'info' }],
  environmentFiles: [{ value: 'arn:aws:s3:::config-bucket/app.env', type: 's3' }],
  mountPoints: [{ sourceVolume: 'data', containerPath: '/data', readOnly: false }],
  volumesFrom: [{ sourceContainer: 'sidecar', readOnly: true }],
  linuxParameters: {
    capabilities: { add: ['SYS_PTRACE'], drop: ['NET_RAW'] },
    devices: [{ hostPath: '/dev/fuse', containerPath: '/dev/fuse', permissions: ['read', 'write', 'mknod'] }],
    initProcessEnabled: true,
    sharedMemorySize: 64,
    tmpfs: [{ containerPath: '/tmp', size: 128, mountOptions: ['noexec', 'nosuid'] }],
    maxSwap: 512,
    swappiness: 60,
  },
  secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/db/password' }],
  dependsOn: [{ containerName: 'sidecar', condition: 'START' }],
  startTimeout: 60,
  stopTimeout: 30,
  versionConsistency: 'enabled',
  hostname: 'app',
  user: '1000:1000',
  workingDirectory: '/srv',
  disableNetworking: false,
  privileged: false,
  readonlyRootFilesystem: true,
  dnsServers: ['10.0.0.2'],
  dnsSearchDomains: ['example.internal'],
  extraHosts: [{ hostname: 'metadata', ipAddress: '169.254.169.254' }],
  dockerSecurityOptions: ['no-new-privileges'],
  interactive: false,
  pseudoTerminal: false,
  dockerLabels: { 'com.example.team': 'web' },
  ulimits: [{ name: 'nofile', softLimit: 65535, hardLimit: 65535 }],
  logConfiguration: {
    logDriver: 'awslogs',
    options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'app' },
    secretOptions: [{ name: 'token', valueFrom: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:t-AbCdEf' }],
  },
  healthCheck: {
    command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'],
    interval: 30,
    timeout: 5,
    retries: 3,
    startPeriod: 10,
  },
  systemControls: [{ namespace: 'net.ipv4.tcp_keepalive_time', value: '300' }],
  resourceRequirements: [
    { type: 'GPU', sharingStrategy: { nvidiaMps: { memory: 4096, maxComputePercent: 50 } } },
    { type: 'InferenceAccelerator', value: 'device1' },
  ],
  firelensConfiguration: { type: 'fluentbit', options: { 'enable-ecs-log-metadata': 'true' } },
  credentialSpecs: ['credentialspecdomainless:arn:aws:ssm:eu-west-1:123456789012:parameter/gmsa-spec'],
};

/** A document that sets every member of every shape reachable from RegisterTaskDefinitionRequest. */
export const completeTaskDefinition: TaskDefinition = {
  family: 'web-app_v2',
  taskRoleArn: 'arn:aws:iam::123456789012:role/web-task',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  networkMode: 'awsvpc',
  containerDefinitions: [completeContainer, { name: 'sidecar', image: 'busybox@sha256:' + 'a'.repeat(64) }],
  volumes: [
    { name: 'data', host: { sourcePath: '/srv/data' } },
    {
      name: 'docker',
      dockerVolumeConfiguration: {
        scope: 'shared',
        autoprovision: true,
        driver: 'local',
        driverOpts: { type: 'nfs' },
        labels: { team: 'web' },
      },
    },
    {
      name: 'efs',
      efsVolumeConfiguration: {
        fileSystemId: 'fs-12345678',
        rootDirectory: '/',
        transitEncryption: 'ENABLED',
        transitEncryptionPort: 2049,
        authorizationConfig: { accessPointId: 'fsap-12345678', iam: 'ENABLED' },
      },
    },
    {
      name: 's3files',
      s3filesVolumeConfiguration: {
        fileSystemArn: 'arn:aws:s3files:eu-west-1:123456789012:file-system/fs-0123456789abcdef0',
        rootDirectory: '/',
        transitEncryptionPort: 2049,
        accessPointArn: 'arn:aws:s3files:eu-west-1:123456789012:access-point/ap-0123',
      },
    },
    {
      name: 'fsx',
      fsxWindowsFileServerVolumeConfiguration: {
        fileSystemId: 'fs-0123456789abcdef0',
        rootDirectory: 'share',
        authorizationConfig: {
          credentialsParameter: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:fsx-AbCdEf',
          domain: 'corp.example.com',
        },
      },
    },
    { name: 'ebs', configuredAtLaunch: true },
  ],
  placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }],
  requiresCompatibilities: ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'],
  cpu: '1 vCPU',
  memory: '2 GB',
  tags: [{ key: 'team', value: 'web' }],
  pidMode: 'task',
  ipcMode: 'task',
  proxyConfiguration: {
    type: 'APPMESH',
    containerName: 'sidecar',
    properties: [{ name: 'IgnoredUID', value: '1337' }],
  },
  inferenceAccelerators: [{ deviceName: 'device1', deviceType: 'eia2.medium' }],
  ephemeralStorage: { sizeInGiB: 50 },
  runtimePlatform: { cpuArchitecture: 'X86_64', operatingSystemFamily: 'LINUX' },
  enableFaultInjection: false,
};

/** A valid 10-container document of about 60 KiB (the size benchmarked for validation). */
export function largeTaskDefinition(): TaskDefinition {
  const containers = Array.from({ length: 10 }, (_, i) => ({
    ...completeContainer,
    name: `container-${i}`,
    environment: Array.from({ length: 34 }, (_, j) => ({ name: `VARIABLE_${i}_${j}`, value: `value-${j}-`.repeat(4) })),
    secrets: Array.from({ length: 12 }, (_, j) => ({
      name: `SECRET_${j}`,
      valueFrom: `arn:aws:ssm:eu-west-1:123456789012:parameter/app/${i}/secret-${j}`,
    })),
    dependsOn: [],
    links: [],
    volumesFrom: [],
  }));
  return { ...completeTaskDefinition, containerDefinitions: containers };
}
