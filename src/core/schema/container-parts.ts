import { z } from 'zod';
import { int32, opt, req } from './common';
import { containerConditionSchema, ulimitNameSchema } from './enums';

/** MountPoint: where a task volume appears inside the container. */
export const mountPointSchema = z.strictObject({
  sourceVolume: opt(z.string(), "Name of a volume from the task's volumes list."),
  containerPath: opt(z.string(), 'Path inside the container where the volume is mounted.'),
  readOnly: opt(z.boolean(), 'Mount read-only (default false).'),
});
export type MountPoint = z.infer<typeof mountPointSchema>;

/** VolumeFrom: mount every volume of another container of this task. */
export const volumeFromSchema = z.strictObject({
  sourceContainer: opt(z.string(), 'Name of another container in this task definition.'),
  readOnly: opt(z.boolean(), 'Mount the volumes read-only (default false).'),
});
export type VolumeFrom = z.infer<typeof volumeFromSchema>;

/** ContainerDependency: start this container only after another one reached a condition. */
export const containerDependencySchema = z.strictObject({
  containerName: req(z.string(), 'Name of the container this one waits for.'),
  condition: req(
    containerConditionSchema,
    'START, COMPLETE, SUCCESS (target must be non-essential) or HEALTHY (target needs a healthCheck).',
  ),
});
export type ContainerDependency = z.infer<typeof containerDependencySchema>;

/** HostEntry: a line added to the container's /etc/hosts. */
export const hostEntrySchema = z.strictObject({
  hostname: req(z.string(), 'Host name to resolve.'),
  ipAddress: req(z.string(), 'IP address the host name resolves to.'),
});
export type HostEntry = z.infer<typeof hostEntrySchema>;

/** Ulimit: a resource limit for the container's processes. */
export const ulimitSchema = z.strictObject({
  name: req(ulimitNameSchema, 'Which limit, e.g. nofile or nproc.'),
  softLimit: req(int32(), 'Soft limit (should not exceed hardLimit).'),
  hardLimit: req(int32(), 'Hard limit.'),
});
export type Ulimit = z.infer<typeof ulimitSchema>;

/** Kernel parameters ECS may namespace per container: IPC ones, fs.mqueue.* and net.*. */
const SYSCTL_NAMESPACE = /^(?:kernel\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|fs\.mqueue\..+|net\..+)$/;

/** SystemControl: a namespaced kernel parameter (sysctl). */
export const systemControlSchema = z.strictObject({
  namespace: opt(
    z.string().regex(SYSCTL_NAMESPACE, {
      error:
        'an IPC parameter (kernel.msgmax, kernel.msgmnb, kernel.msgmni, kernel.sem, kernel.shmall, kernel.shmmax, ' +
        'kernel.shmmni, kernel.shm_rmid_forced, fs.mqueue.*) or a net.* parameter',
    }),
    'Kernel parameter name, e.g. net.ipv4.tcp_keepalive_time.',
  ),
  value: opt(z.string(), 'Value of the kernel parameter, as a string.'),
});
export type SystemControl = z.infer<typeof systemControlSchema>;
