import { at, container, ec2, error, fargate, none, warning, type RuleCase } from './builders';

const windows = (os = 'WINDOWS_SERVER_2022_CORE') => ({ runtimePlatform: { operatingSystemFamily: os, cpuArchitecture: 'X86_64' } });
const winContainer = (overrides: Record<string, unknown> = {}) =>
  container({ user: undefined, readonlyRootFilesystem: undefined, ...overrides });
const managed = (containers = [container()], overrides: Record<string, unknown> = {}) =>
  fargate(containers, { requiresCompatibilities: ['MANAGED_INSTANCES'], cpu: undefined, memory: '1024', ...overrides });
const external = (containers = [container()], overrides: Record<string, unknown> = {}) =>
  ec2(containers, { requiresCompatibilities: ['EXTERNAL'], ...overrides });

/** The describe-task-definition echo of unused fields: null, [] and false never count as "used". */
const describeEcho = {
  dnsSearchDomains: null,
  dnsServers: [],
  dockerSecurityOptions: null,
  privileged: null,
  disableNetworking: false,
  linuxParameters: null,
  extraHosts: null,
  systemControls: [],
};

export const launchTypeCases: RuleCase[] = [
  {
    rule: 'fargate-unsupported-fields',
    name: 'ignores fields echoed as null, [] or false by describe output',
    doc: fargate([container(describeEcho)], { ipcMode: null, placementConstraints: [] }),
    expect: none,
  },
  {
    rule: 'fargate-unsupported-fields',
    name: 'reports ipcMode, placement constraints and a host pidMode on Fargate',
    doc: fargate(undefined, { ipcMode: 'task', pidMode: 'host', placementConstraints: [{ type: 'memberOf', expression: 'x' }] }),
    expect: [error(['ipcMode']), error(['placementConstraints']), error(['pidMode'])],
    message: /^"ipcMode" is not supported on Fargate; remove it\.$/,
  },
  {
    rule: 'fargate-unsupported-fields',
    name: 'reports privileged mode, swap, devices and capabilities other than SYS_PTRACE',
    doc: fargate([
      container({
        privileged: true,
        linuxParameters: { maxSwap: 0, devices: [{ hostPath: '/dev/x' }], capabilities: { add: ['SYS_PTRACE', 'NET_ADMIN'] } },
      }),
    ]),
    expect: [
      error(at(0, 'privileged')),
      error(at(0, 'linuxParameters', 'maxSwap')),
      error(at(0, 'linuxParameters', 'devices')),
      error(at(0, 'linuxParameters', 'capabilities', 'add', 1)),
    ],
  },
  {
    rule: 'fargate-unsupported-fields',
    name: 'reports GPUs, json-file logging and Docker or host-path volumes',
    doc: fargate([container({ resourceRequirements: [{ type: 'GPU', value: '1' }], logConfiguration: { logDriver: 'json-file' } })], {
      volumes: [
        { name: 'd', dockerVolumeConfiguration: { scope: 'task' } },
        { name: 'h', host: { sourcePath: '/var/log' } },
      ],
    }),
    expect: [
      error(['volumes', 0, 'dockerVolumeConfiguration']),
      error(['volumes', 1, 'host', 'sourcePath']),
      error(at(0, 'resourceRequirements', 0)),
      error(at(0, 'logConfiguration', 'logDriver')),
    ],
  },
  {
    rule: 'fargate-unsupported-fields',
    name: 'accepts pidMode task on Fargate',
    doc: fargate(undefined, { pidMode: 'task' }),
    expect: none,
  },
  {
    rule: 'external-unsupported-fields',
    name: 'accepts host volumes on EXTERNAL instances',
    doc: external(undefined, { volumes: [{ name: 'h', host: { sourcePath: '/data' } }] }),
    expect: none,
  },
  {
    rule: 'external-unsupported-fields',
    name: 'reports EFS, App Mesh, GPU sharing and SELinux labels on EXTERNAL instances',
    doc: external(
      [
        container({
          dockerSecurityOptions: ['label:type:svirt'],
          resourceRequirements: [{ type: 'GPU', sharingStrategy: { nvidiaMps: { memory: 1 } } }],
        }),
      ],
      {
        proxyConfiguration: { containerName: 'app' },
        volumes: [{ name: 'e', efsVolumeConfiguration: { fileSystemId: 'fs-1' } }],
      },
    ),
    expect: [
      error(['proxyConfiguration']),
      error(['volumes', 0, 'efsVolumeConfiguration']),
      error(at(0, 'resourceRequirements', 0, 'sharingStrategy')),
      error(at(0, 'dockerSecurityOptions', 0)),
    ],
  },
  { rule: 'managed-instances-unsupported-fields', name: 'accepts a plain awsvpc task on Managed Instances', doc: managed(), expect: none },
  {
    rule: 'managed-instances-unsupported-fields',
    name: 'reports Docker labels, DNS servers, tmpfs and ephemeral storage on Managed Instances',
    doc: managed(
      [container({ dockerLabels: { a: 'b' }, dnsServers: ['10.0.0.2'], linuxParameters: { tmpfs: [{ containerPath: '/t', size: 64 }] } })],
      { ephemeralStorage: { sizeInGiB: 30 } },
    ),
    expect: [
      error(['ephemeralStorage']),
      error(at(0, 'dnsServers')),
      error(at(0, 'dockerLabels')),
      error(at(0, 'linuxParameters', 'tmpfs')),
    ],
  },
  {
    rule: 'managed-instances-unsupported-fields',
    name: 'reports hostname in host mode on Managed Instances',
    doc: managed([container({ hostname: 'web' })], { networkMode: 'host' }),
    expect: [error(at(0, 'hostname'))],
  },
  {
    rule: 'windows-unsupported-fields',
    name: 'accepts a Windows task on Fargate without Linux-only fields',
    doc: fargate([winContainer()], { ...windows(), cpu: '1024', memory: '2048' }),
    expect: none,
  },
  {
    rule: 'windows-unsupported-fields',
    name: 'reports Linux-only fields in a Windows container',
    doc: fargate(
      [
        winContainer({
          user: 'ContainerUser',
          linuxParameters: { initProcessEnabled: true },
          readonlyRootFilesystem: true,
          ulimits: [{ name: 'nofile', softLimit: 1, hardLimit: 1 }],
        }),
      ],
      {
        ...windows(),
        cpu: '1024',
        memory: '2048',
      },
    ),
    expect: [error(at(0, 'linuxParameters')), error(at(0, 'readonlyRootFilesystem')), error(at(0, 'ulimits'))],
  },
  {
    rule: 'windows-non-admin-user',
    name: 'accepts a Windows container that runs as a non-administrator user',
    doc: fargate([winContainer({ user: 'ContainerUser' })], { ...windows(), cpu: '1024', memory: '2048' }),
    expect: none,
  },
  {
    rule: 'windows-non-admin-user',
    name: 'warns about a Windows container without user and one running as ContainerAdministrator',
    doc: fargate([winContainer(), winContainer({ name: 'admin', user: 'ContainerAdministrator', cpu: 0 })], {
      ...windows(),
      cpu: '1024',
      memory: '2048',
    }),
    expect: [warning(at(0)), warning(at(1, 'user'))],
    message: /sets no "user".*ContainerAdministrator.*ECS\.21/,
  },
  {
    rule: 'windows-non-admin-user',
    name: 'warns about a domain-qualified administrator account',
    doc: fargate([winContainer({ user: 'NT AUTHORITY\\SYSTEM' })], { ...windows(), cpu: '1024', memory: '2048' }),
    expect: [warning(at(0, 'user'))],
    message: /administrator "NT AUTHORITY\\SYSTEM"/,
  },
  {
    rule: 'windows-non-admin-user',
    name: 'ignores Linux containers',
    doc: fargate([container({ user: undefined })]),
    expect: none,
  },
  {
    rule: 'windows-unsupported-fields',
    name: 'reports ARM64 for Windows and warns that task size is ignored on EC2',
    doc: ec2([winContainer()], {
      networkMode: undefined,
      cpu: '1024',
      memory: '2048',
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2019_FULL', cpuArchitecture: 'ARM64' },
    }),
    expect: [error(['runtimePlatform', 'cpuArchitecture']), warning(['cpu']), warning(['memory'])],
  },
  {
    rule: 'windows-unsupported-fields',
    name: 'reports an FSx for Windows volume on Linux',
    doc: ec2(undefined, {
      runtimePlatform: { operatingSystemFamily: 'LINUX' },
      volumes: [
        {
          name: 'fsx',
          fsxWindowsFileServerVolumeConfiguration: {
            fileSystemId: 'fs-1',
            rootDirectory: 'share',
            authorizationConfig: { credentialsParameter: 'x', domain: 'd' },
          },
        },
      ],
    }),
    expect: [error(['volumes', 0, 'fsxWindowsFileServerVolumeConfiguration'])],
  },
  {
    rule: 'windows-unsupported-fields',
    name: 'warns about a Windows mount path outside drive C:',
    doc: fargate([winContainer({ mountPoints: [{ sourceVolume: 'v', containerPath: 'D:\\data' }] })], {
      ...windows(),
      cpu: '1024',
      memory: '2048',
      volumes: [{ name: 'v' }],
    }),
    expect: [warning(at(0, 'mountPoints', 0, 'containerPath'))],
  },
  {
    rule: 'windows-unsupported-fields',
    name: 'reports a Docker volume driver other than local on Windows',
    doc: ec2([winContainer()], {
      ...windows(),
      networkMode: undefined,
      volumes: [{ name: 'd', dockerVolumeConfiguration: { driver: 'rexray/ebs' } }],
    }),
    expect: [error(['volumes', 0, 'dockerVolumeConfiguration', 'driver'])],
  },
];
