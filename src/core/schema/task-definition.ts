import { z } from 'zod';
import { nameString, opt, req } from './common';
import { containerDefinitionSchema } from './container-definition';
import { compatibilitySchema, ipcModeSchema, networkModeSchema, pidModeSchema } from './enums';
import {
  ephemeralStorageSchema,
  inferenceAcceleratorSchema,
  proxyConfigurationSchema,
  runtimePlatformSchema,
  tagSchema,
  taskDefinitionPlacementConstraintSchema,
} from './task-parts';
import { volumeSchema } from './volume';

// No regex flags below: JSON Schema `pattern` cannot carry them, and the editor must agree with zod.
/** Task cpu: CPU units ("1024") or vCPUs ("1 vCPU", "0.25 vcpu"); ECS normalises it to units. */
const TASK_CPU = /^\s*(?:\d+|\d*\.\d+)\s*(?:[vV][cC][pP][uU])?\s*$/;
/** Task memory: MiB ("2048") or GB ("2GB", "2 GB"); ECS normalises it to MiB. */
const TASK_MEMORY = /^\s*(?:\d+|\d*\.\d+)\s*(?:[gG][bB])?\s*$/;

/**
 * RegisterTaskDefinitionRequest: the JSON accepted by `aws ecs register-task-definition --cli-input-json`.
 * Read-only fields of describe-task-definition output (taskDefinitionArn, revision, status …) are unknown keys here.
 */
export const taskDefinitionSchema = z.strictObject({
  family: req(nameString(), 'Task definition family: 1-255 letters, digits, hyphens, underscores. Revisions are numbered per family.'),
  taskRoleArn: opt(z.string(), 'IAM role (ARN or name) the containers use to call AWS APIs.'),
  executionRoleArn: opt(z.string(), 'IAM role the ECS agent uses to pull private images, write logs and read secrets.'),
  networkMode: opt(
    networkModeSchema,
    'Docker networking: awsvpc (required on Fargate), bridge, host or none. Omit for the platform default.',
  ),
  containerDefinitions: req(z.array(containerDefinitionSchema).min(1).max(10), 'The containers of the task: 1 to 10.'),
  volumes: opt(z.array(volumeSchema), 'Data volumes the containers can mount.'),
  placementConstraints: opt(
    z.array(taskDefinitionPlacementConstraintSchema).max(10),
    'Placement constraints (at most 10, not on Fargate).',
  ),
  requiresCompatibilities: opt(
    z.array(compatibilitySchema),
    'Launch types to validate against: EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES.',
  ),
  cpu: opt(
    z.string().regex(TASK_CPU, { error: 'CPU units as a string ("1024") or vCPUs ("1 vCPU")' }),
    'Task CPU as a STRING: units ("256", "1024") or vCPUs ("1 vCPU"). Required on Fargate.',
  ),
  memory: opt(
    z.string().regex(TASK_MEMORY, { error: 'MiB as a string ("2048") or GB ("2 GB")' }),
    'Task memory as a STRING: MiB ("512", "2048") or GB ("2 GB"). Required on Fargate.',
  ),
  tags: opt(z.array(tagSchema).max(50), 'Tags on the task definition (at most 50, unique keys).'),
  pidMode: opt(pidModeSchema, "Process namespace: task (shared by the task's containers) or host."),
  ipcMode: opt(ipcModeSchema, 'IPC namespace: host, task or none (not on Fargate).'),
  proxyConfiguration: opt(proxyConfigurationSchema, 'App Mesh proxy configuration.'),
  inferenceAccelerators: opt(
    z.array(inferenceAcceleratorSchema),
    'Deprecated: Elastic Inference accelerators (the service is no longer available).',
  ),
  ephemeralStorage: opt(ephemeralStorageSchema, 'Fargate task storage size.'),
  runtimePlatform: opt(runtimePlatformSchema, 'Operating system family and CPU architecture.'),
  enableFaultInjection: opt(z.boolean(), 'Allow AWS Fault Injection Service actions on the task (default false).'),
});
export type TaskDefinition = z.infer<typeof taskDefinitionSchema>;
