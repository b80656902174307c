import { z } from 'zod';
import { int32, intIn, opt, req, stringList } from './common';
import { deviceCgroupPermissionSchema } from './enums';

/** Capability names ECS accepts in `capabilities.add`/`drop`: a closed list in the docs, plain strings in the model. */
export const KERNEL_CAPABILITIES = [
  'ALL',
  'AUDIT_CONTROL',
  'AUDIT_WRITE',
  'BLOCK_SUSPEND',
  'CHOWN',
  'DAC_OVERRIDE',
  'DAC_READ_SEARCH',
  'FOWNER',
  'FSETID',
  'IPC_LOCK',
  'IPC_OWNER',
  'KILL',
  'LEASE',
  'LINUX_IMMUTABLE',
  'MAC_ADMIN',
  'MAC_OVERRIDE',
  'MKNOD',
  'NET_ADMIN',
  'NET_BIND_SERVICE',
  'NET_BROADCAST',
  'NET_RAW',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_ADMIN',
  'SYS_BOOT',
  'SYS_CHROOT',
  'SYS_MODULE',
  'SYS_NICE',
  'SYS_PACCT',
  'SYS_PTRACE',
  'SYS_RAWIO',
  'SYS_RESOURCE',
  'SYS_TIME',
  'SYS_TTY_CONFIG',
  'SYSLOG',
  'WAKE_ALARM',
] as const;
const capabilitySet: ReadonlySet<string> = new Set(KERNEL_CAPABILITIES);

/**
 * A capability name. The SDK types it as `string`, so the output stays `string`; the closed list is checked by a
 * refinement (reported like an enum) and offered to the JSON editor as `enum` for completion.
 */
const capabilityName = z
  .string()
  .refine((value) => capabilitySet.has(value), {
    error: 'unknown capability',
    params: { enum: KERNEL_CAPABILITIES },
  })
  .meta({ enum: [...KERNEL_CAPABILITIES] });

/** KernelCapabilities: Linux capabilities added to or dropped from Docker's default set. */
export const kernelCapabilitiesSchema = z.strictObject({
  add: opt(z.array(capabilityName), 'Capabilities to add (Fargate allows only SYS_PTRACE).'),
  drop: opt(z.array(capabilityName), 'Capabilities to drop (ignored for privileged containers).'),
});
export type KernelCapabilities = z.infer<typeof kernelCapabilitiesSchema>;

/** Device: a host device exposed to the container. */
export const deviceSchema = z.strictObject({
  hostPath: req(z.string(), 'Path of the device on the host, e.g. /dev/fuse.'),
  containerPath: opt(z.string(), 'Path where the device appears inside the container.'),
  permissions: opt(z.array(deviceCgroupPermissionSchema), 'cgroup permissions: read, write, mknod (default all).'),
});
export type Device = z.infer<typeof deviceSchema>;

/** Tmpfs: an in-memory file system mounted into the container. */
export const tmpfsSchema = z.strictObject({
  containerPath: req(z.string(), 'Absolute path of the tmpfs mount inside the container.'),
  size: req(int32(), 'Maximum size of the tmpfs mount, in MiB.'),
  mountOptions: opt(stringList(), 'tmpfs mount options such as noexec, nosuid, rw.'),
});
export type Tmpfs = z.infer<typeof tmpfsSchema>;

/** LinuxParameters: Linux-specific settings (not for Windows containers). */
export const linuxParametersSchema = z.strictObject({
  capabilities: opt(kernelCapabilitiesSchema, 'Linux capabilities to add or drop.'),
  devices: opt(z.array(deviceSchema), 'Host devices to expose (not on Fargate).'),
  initProcessEnabled: opt(z.boolean(), 'Run an init process (docker --init) that reaps zombie processes.'),
  sharedMemorySize: opt(int32(), 'Size of /dev/shm in MiB (not on Fargate or Managed Instances).'),
  tmpfs: opt(z.array(tmpfsSchema), 'tmpfs mounts (not on Fargate or Managed Instances).'),
  maxSwap: opt(intIn(0, 2147483647), 'Swap the container may use, in MiB; 0 disables swap. Needed for swappiness to apply.'),
  swappiness: opt(intIn(0, 100), 'How eagerly pages are swapped, 0-100 (default 60); needs maxSwap.'),
});
export type LinuxParameters = z.infer<typeof linuxParametersSchema>;
