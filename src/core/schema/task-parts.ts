import { z } from 'zod';
import { intIn, opt, req } from './common';
import { cpuArchitectureSchema, osFamilySchema, proxyConfigurationTypeSchema, taskDefinitionPlacementConstraintTypeSchema } from './enums';
import { keyValuePairSchema } from './key-value';

/** Tag characters allowed by the model, and the reserved `aws:` prefix (any case). */
const TAG_TEXT = /^(?![aA][wW][sS]:)[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const TAG_TEXT_FORMAT = 'letters, digits, spaces and _ . : / = + - @ only, not starting with "aws:"';

/** Tag: a key/value label on the task definition. */
export const tagSchema = z.strictObject({
  key: opt(
    z.string().min(1).max(128).regex(TAG_TEXT, { error: TAG_TEXT_FORMAT }),
    'Tag key, 1-128 characters, unique in the list; must not start with aws:.',
  ),
  value: opt(z.string().max(256).regex(TAG_TEXT, { error: TAG_TEXT_FORMAT }), 'Tag value, 0-256 characters.'),
});
export type Tag = z.infer<typeof tagSchema>;

/** TaskDefinitionPlacementConstraint: where tasks may be placed (not on Fargate). */
export const taskDefinitionPlacementConstraintSchema = z.strictObject({
  type: opt(taskDefinitionPlacementConstraintTypeSchema, 'Constraint type; only memberOf.'),
  expression: opt(z.string(), 'Cluster query language expression, e.g. attribute:ecs.instance-type =~ t3.*.'),
});
export type TaskDefinitionPlacementConstraint = z.infer<typeof taskDefinitionPlacementConstraintSchema>;

/** ProxyConfiguration: App Mesh proxy settings. */
export const proxyConfigurationSchema = z.strictObject({
  type: opt(proxyConfigurationTypeSchema, 'Proxy type; only APPMESH (the default).'),
  containerName: req(z.string(), 'Name of the container that runs the proxy (Envoy).'),
  properties: opt(
    z.array(keyValuePairSchema),
    'IgnoredUID/IgnoredGID, AppPorts, ProxyIngressPort, ProxyEgressPort, EgressIgnoredPorts, EgressIgnoredIPs.',
  ),
});
export type ProxyConfiguration = z.infer<typeof proxyConfigurationSchema>;

/** InferenceAccelerator: an Elastic Inference accelerator (deprecated: the service ended in 2023). */
export const inferenceAcceleratorSchema = z.strictObject({
  deviceName: req(z.string(), 'Name referenced by resourceRequirements of type InferenceAccelerator.'),
  deviceType: req(z.string(), 'Elastic Inference accelerator type, e.g. eia2.medium.'),
});
export type InferenceAccelerator = z.infer<typeof inferenceAcceleratorSchema>;

/** EphemeralStorage: task storage on Fargate beyond the default 20 GiB. */
export const ephemeralStorageSchema = z.strictObject({
  sizeInGiB: req(intIn(21, 200), 'Total ephemeral storage in GiB, 21-200 (Fargate only).'),
});
export type EphemeralStorage = z.infer<typeof ephemeralStorageSchema>;

/** RuntimePlatform: operating system family and CPU architecture. */
export const runtimePlatformSchema = z.strictObject({
  cpuArchitecture: opt(cpuArchitectureSchema, 'X86_64 or ARM64 (ARM64 is Linux only).'),
  operatingSystemFamily: opt(osFamilySchema, 'LINUX or a WINDOWS_SERVER_* version.'),
});
export type RuntimePlatform = z.infer<typeof runtimePlatformSchema>;
