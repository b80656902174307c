/**
 * A large, realistic and valid task definition for benchmarks and load tests: 10 containers of a Fargate
 * microservice (awsvpc, 4 vCPU / 16 GiB) with port mappings, environment variables, secrets, EFS and scratch
 * volumes, health checks, awslogs/FireLens logging and a dependsOn graph. Serialized with 2-space indentation it is
 * about 60 KiB (55–65 KiB), close to the 64 KiB ECS limit on the compact form. Deterministic: no randomness.
 */

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const FAMILY = 'orders-platform';
const REGISTRY = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com`;

interface Service {
  name: string;
  image: string;
  port?: number;
  cpu: number;
  memory: number;
  memoryReservation: number;
  envCount: number;
  secrets: string[];
  mounts: { sourceVolume: string; containerPath: string; readOnly: boolean }[];
  dependsOn: { containerName: string; condition: 'START' | 'HEALTHY' | 'COMPLETE' | 'SUCCESS' }[];
  essential?: boolean;
  health?: string;
  logRouter?: boolean;
  firelens?: boolean;
  command?: string[];
}

const ENV_TOPICS = [
  'FEATURE_FLAG',
  'HTTP_CLIENT_RETRY_COUNT',
  'CACHE_TTL_SECONDS',
  'QUEUE_BATCH_SIZE',
  'UPSTREAM_ORDERS_URL',
  'UPSTREAM_PAYMENTS_URL',
  'TRACE_SAMPLE_RATE',
  'LOG_FORMAT',
  'LOCALE_DEFAULT',
  'METRICS_NAMESPACE',
  'REQUEST_TIMEOUT_MS',
  'POOL_MAX_CONNECTIONS',
];

function environment(service: string, count: number): { name: string; value: string }[] {
  const upper = service.toUpperCase().replace(/-/g, '_');
  const base = [
    { name: 'AWS_REGION', value: REGION },
    { name: 'SERVICE_NAME', value: service },
    { name: 'DEPLOYMENT_ENVIRONMENT', value: 'production' },
    { name: 'LOG_LEVEL', value: 'info' },
    { name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: 'http://localhost:4317' },
    { name: 'OTEL_RESOURCE_ATTRIBUTES', value: `service.name=${service},deployment.environment=production` },
  ];
  for (let i = 0; base.length < count; i++) {
    const topic = ENV_TOPICS[i % ENV_TOPICS.length] as string;
    const round = Math.floor(i / ENV_TOPICS.length);
    const name = `${upper}_${topic}${round > 0 ? `_${round + 1}` : ''}`;
    let value: string;
    if (topic.endsWith('_URL')) value = `https://${topic.split('_')[1]?.toLowerCase()}.internal.example.com/v${round + 1}/api`;
    else if (topic === 'FEATURE_FLAG') value = i % 2 === 0 ? 'enabled' : 'disabled';
    else if (topic === 'LOG_FORMAT') value = 'json';
    else if (topic === 'LOCALE_DEFAULT') value = 'en_GB';
    else if (topic === 'METRICS_NAMESPACE') value = `Orders/${service}`;
    else if (topic === 'TRACE_SAMPLE_RATE') value = '0.05';
    else value = String(10 * (i + 1));
    base.push({ name, value });
  }
  return base;
}

function secret(service: string, name: string, i: number): { name: string; valueFrom: string } {
  const valueFrom =
    i % 2 === 0
      ? `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/${FAMILY}/${service}/${name.toLowerCase()}`
      : `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${FAMILY}/${service}-AbC${i}dE:${name.toLowerCase()}::`;
  return { name, valueFrom };
}

const SERVICES: Service[] = [
  {
    name: 'log-router',
    image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2',
    cpu: 128,
    memory: 512,
    memoryReservation: 256,
    envCount: 8,
    secrets: [],
    mounts: [{ sourceVolume: 'fluent-bit-state', containerPath: '/var/fluent-bit/state', readOnly: false }],
    dependsOn: [],
    logRouter: true,
    health: 'curl -fs http://localhost:2020/api/v1/health || exit 1',
  },
  {
    name: 'db-migrations',
    image: `${REGISTRY}/orders/migrations:2024.11.3`,
    cpu: 256,
    memory: 1024,
    memoryReservation: 512,
    envCount: 24,
    secrets: ['DATABASE_URL_SECRET'],
    mounts: [{ sourceVolume: 'tmp', containerPath: '/tmp', readOnly: false }],
    dependsOn: [{ containerName: 'log-router', condition: 'START' }],
    essential: false,
    firelens: true,
    command: ['migrate', '--to', 'latest-schema', '--timeout', '300'],
  },
  {
    name: 'otel-collector',
    image: 'public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0',
    port: 4317,
    cpu: 256,
    memory: 1024,
    memoryReservation: 512,
    envCount: 24,
    secrets: [],
    mounts: [{ sourceVolume: 'tmp', containerPath: '/tmp/otel', readOnly: false }],
    dependsOn: [{ containerName: 'log-router', condition: 'START' }],
    health: '/healthcheck',
    firelens: true,
    command: ['--config=/etc/ecs/ecs-default-config.yaml'],
  },
  ...['orders-api', 'payments-api', 'inventory-api', 'catalog-api'].map((name, i): Service => ({
    name,
    image: `${REGISTRY}/orders/${name}:1.${i + 4}.${i * 3 + 1}`,
    port: 8080 + i,
    cpu: 512,
    memory: 3072,
    memoryReservation: 1536,
    envCount: 52,
    secrets: ['DATABASE_PASSWORD', 'API_SIGNING_KEY', 'UPSTREAM_CLIENT_SECRET'],
    mounts: [
      { sourceVolume: 'shared-config', containerPath: '/etc/orders', readOnly: true },
      { sourceVolume: 'tmp', containerPath: `/tmp/${name}`, readOnly: false },
    ],
    dependsOn: [
      { containerName: 'db-migrations', condition: 'SUCCESS' },
      { containerName: 'otel-collector', condition: 'HEALTHY' },
      { containerName: 'log-router', condition: 'START' },
    ],
    health: `curl -fs http://localhost:${8080 + i}/health || exit 1`,
    firelens: true,
  })),
  {
    name: 'orders-worker',
    image: `${REGISTRY}/orders/orders-worker:1.9.0`,
    cpu: 512,
    memory: 2048,
    memoryReservation: 1024,
    envCount: 48,
    secrets: ['DATABASE_PASSWORD', 'QUEUE_ACCESS_TOKEN'],
    mounts: [{ sourceVolume: 'tmp', containerPath: '/tmp/worker', readOnly: false }],
    dependsOn: [
      { containerName: 'db-migrations', condition: 'SUCCESS' },
      { containerName: 'log-router', condition: 'START' },
    ],
    health: 'pgrep -f orders-worker || exit 1',
    firelens: true,
  },
  {
    name: 'scheduler',
    image: `${REGISTRY}/orders/scheduler:0.14.2`,
    cpu: 256,
    memory: 1024,
    memoryReservation: 512,
    envCount: 36,
    secrets: ['SCHEDULER_API_TOKEN'],
    mounts: [{ sourceVolume: 'tmp', containerPath: '/tmp/scheduler', readOnly: false }],
    dependsOn: [
      { containerName: 'orders-api', condition: 'HEALTHY' },
      { containerName: 'log-router', condition: 'START' },
    ],
    health: 'test -f /tmp/scheduler/heartbeat || exit 1',
    firelens: true,
  },
  {
    name: 'edge-proxy',
    image: 'public.ecr.aws/nginx/nginx:1.27.2',
    port: 443,
    cpu: 256,
    memory: 512,
    memoryReservation: 256,
    envCount: 14,
    secrets: ['TLS_PRIVATE_KEY'],
    mounts: [
      { sourceVolume: 'shared-config', containerPath: '/etc/nginx/conf.d', readOnly: true },
      { sourceVolume: 'tmp', containerPath: '/var/cache/nginx', readOnly: false },
    ],
    dependsOn: [
      { containerName: 'orders-api', condition: 'HEALTHY' },
      { containerName: 'payments-api', condition: 'HEALTHY' },
    ],
    health: 'curl -fsk https://localhost/healthz || exit 1',
    firelens: true,
  },
];

function logConfiguration(service: Service): Record<string, unknown> {
  if (service.firelens) {
    return {
      logDriver: 'awsfirelens',
      options: {
        Name: 'cloudwatch_logs',
        region: REGION,
        log_group_name: `/ecs/${FAMILY}/${service.name}`,
        log_stream_prefix: 'app-',
        auto_create_group: 'false',
      },
    };
  }
  return {
    logDriver: 'awslogs',
    options: {
      'awslogs-group': `/ecs/${FAMILY}`,
      'awslogs-region': REGION,
      'awslogs-stream-prefix': service.name,
      mode: 'non-blocking',
      'max-buffer-size': '25m',
    },
  };
}

function container(service: Service): Record<string, unknown> {
  const def: Record<string, unknown> = {
    name: service.name,
    image: service.image,
    cpu: service.cpu,
    memory: service.memory,
    memoryReservation: service.memoryReservation,
    essential: service.essential ?? true,
  };
  if (service.command) def.command = service.command;
  if (service.port !== undefined) {
    def.portMappings = [
      {
        name: `${service.name}-${service.port}-tcp`,
        containerPort: service.port,
        hostPort: service.port,
        protocol: 'tcp',
        appProtocol: 'http',
      },
    ];
  }
  def.environment = environment(service.name, service.envCount);
  if (service.secrets.length > 0) def.secrets = service.secrets.map((name, i) => secret(service.name, name, i));
  def.mountPoints = service.mounts;
  if (service.dependsOn.length > 0) def.dependsOn = service.dependsOn;
  if (service.health) {
    def.healthCheck = { command: ['CMD-SHELL', service.health], interval: 30, timeout: 5, retries: 3, startPeriod: 60 };
  }
  def.user = '1000:1000';
  def.readonlyRootFilesystem = true;
  def.stopTimeout = 30;
  def.ulimits = [{ name: 'nofile', softLimit: 65535, hardLimit: 65535 }];
  def.linuxParameters = { initProcessEnabled: true, capabilities: { drop: ['NET_RAW'] } };
  if (service.logRouter) {
    def.firelensConfiguration = { type: 'fluentbit', options: { 'enable-ecs-log-metadata': 'true' } };
  }
  def.logConfiguration = logConfiguration(service);
  def.dockerLabels = { 'com.example.team': 'orders', 'com.example.service': service.name };
  return def;
}

/** A fresh copy of the large document (callers may mutate it). */
export function makeLargeTaskDefinition(): Record<string, unknown> {
  return structuredClone({
    family: FAMILY,
    taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/${FAMILY}-task`,
    executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/${FAMILY}-execution`,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '4096',
    memory: '16384',
    runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
    ephemeralStorage: { sizeInGiB: 40 },
    containerDefinitions: SERVICES.map(container),
    volumes: [
      {
        name: 'shared-config',
        efsVolumeConfiguration: {
          fileSystemId: 'fs-0a1b2c3d4e5f67890',
          rootDirectory: '/',
          transitEncryption: 'ENABLED',
          authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0', iam: 'ENABLED' },
        },
      },
      { name: 'tmp', host: {} },
      { name: 'fluent-bit-state', host: {} },
    ],
    tags: [
      { key: 'team', value: 'orders' },
      { key: 'cost-center', value: 'cc-4711' },
      { key: 'environment', value: 'production' },
    ],
  });
}
