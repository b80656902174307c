import { z } from 'zod';

/**
 * Every enum reachable from `RegisterTaskDefinitionRequest`, with the exact member lists of
 * `@aws-sdk/client-ecs` (reference §3). Values are case-sensitive, as the API treats them.
 */

export const networkModeSchema = z.enum(['bridge', 'host', 'awsvpc', 'none']);
export type NetworkMode = z.infer<typeof networkModeSchema>;

export const compatibilitySchema = z.enum(['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES']);
export type Compatibility = z.infer<typeof compatibilitySchema>;

export const pidModeSchema = z.enum(['host', 'task']);
export type PidMode = z.infer<typeof pidModeSchema>;

export const ipcModeSchema = z.enum(['host', 'task', 'none']);
export type IpcMode = z.infer<typeof ipcModeSchema>;

export const transportProtocolSchema = z.enum(['tcp', 'udp']);
export type TransportProtocol = z.infer<typeof transportProtocolSchema>;

export const applicationProtocolSchema = z.enum(['http', 'http2', 'grpc']);
export type ApplicationProtocol = z.infer<typeof applicationProtocolSchema>;

export const containerConditionSchema = z.enum(['START', 'COMPLETE', 'SUCCESS', 'HEALTHY']);
export type ContainerCondition = z.infer<typeof containerConditionSchema>;

export const deviceCgroupPermissionSchema = z.enum(['read', 'write', 'mknod']);
export type DeviceCgroupPermission = z.infer<typeof deviceCgroupPermissionSchema>;

export const efsAuthorizationConfigIamSchema = z.enum(['ENABLED', 'DISABLED']);
export type EfsAuthorizationConfigIam = z.infer<typeof efsAuthorizationConfigIamSchema>;

export const efsTransitEncryptionSchema = z.enum(['ENABLED', 'DISABLED']);
export type EfsTransitEncryption = z.infer<typeof efsTransitEncryptionSchema>;

export const environmentFileTypeSchema = z.enum(['s3']);
export type EnvironmentFileType = z.infer<typeof environmentFileTypeSchema>;

export const firelensConfigurationTypeSchema = z.enum(['fluentd', 'fluentbit']);
export type FirelensConfigurationType = z.infer<typeof firelensConfigurationTypeSchema>;

export const logDriverSchema = z.enum(['json-file', 'syslog', 'journald', 'gelf', 'fluentd', 'awslogs', 'splunk', 'awsfirelens']);
export type LogDriver = z.infer<typeof logDriverSchema>;

export const cpuArchitectureSchema = z.enum(['X86_64', 'ARM64']);
export type CpuArchitecture = z.infer<typeof cpuArchitectureSchema>;

export const osFamilySchema = z.enum([
  'WINDOWS_SERVER_2019_FULL',
  'WINDOWS_SERVER_2019_CORE',
  'WINDOWS_SERVER_2016_FULL',
  'WINDOWS_SERVER_2004_CORE',
  'WINDOWS_SERVER_2022_CORE',
  'WINDOWS_SERVER_2022_FULL',
  'WINDOWS_SERVER_2025_CORE',
  'WINDOWS_SERVER_2025_FULL',
  'WINDOWS_SERVER_20H2_CORE',
  'LINUX',
]);
export type OsFamily = z.infer<typeof osFamilySchema>;

export const proxyConfigurationTypeSchema = z.enum(['APPMESH']);
export type ProxyConfigurationType = z.infer<typeof proxyConfigurationTypeSchema>;

export const resourceTypeSchema = z.enum(['GPU', 'InferenceAccelerator', 'NeuronDevice']);
export type ResourceType = z.infer<typeof resourceTypeSchema>;

export const scopeSchema = z.enum(['task', 'shared']);
export type Scope = z.infer<typeof scopeSchema>;

export const taskDefinitionPlacementConstraintTypeSchema = z.enum(['memberOf']);
export type TaskDefinitionPlacementConstraintType = z.infer<typeof taskDefinitionPlacementConstraintTypeSchema>;

export const ulimitNameSchema = z.enum([
  'core',
  'cpu',
  'data',
  'fsize',
  'locks',
  'memlock',
  'msgqueue',
  'nice',
  'nofile',
  'nproc',
  'rss',
  'rtprio',
  'rttime',
  'sigpending',
  'stack',
]);
export type UlimitName = z.infer<typeof ulimitNameSchema>;

export const versionConsistencySchema = z.enum(['enabled', 'disabled']);
export type VersionConsistency = z.infer<typeof versionConsistencySchema>;
