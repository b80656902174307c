import { apiDocs } from './container-basics';
import type { FieldSpec } from './types';

const LINUX = apiDocs('LinuxParameters');
const CAPS = apiDocs('KernelCapabilities');
const DEVICE = apiDocs('Device');
const TMPFS = apiDocs('Tmpfs');

/** Linux capability names Docker accepts (strings in the API, not an enum). */
// prettier-ignore
export const KERNEL_CAPABILITIES = [
  'ALL', 'AUDIT_CONTROL', 'AUDIT_WRITE', 'BLOCK_SUSPEND', 'CHOWN', 'DAC_OVERRIDE', 'DAC_READ_SEARCH', 'FOWNER',
  'FSETID', 'IPC_LOCK', 'IPC_OWNER', 'KILL', 'LEASE', 'LINUX_IMMUTABLE', 'MAC_ADMIN', 'MAC_OVERRIDE', 'MKNOD',
  'NET_ADMIN', 'NET_BIND_SERVICE', 'NET_BROADCAST', 'NET_RAW', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_ADMIN',
  'SYS_BOOT', 'SYS_CHROOT', 'SYS_MODULE', 'SYS_NICE', 'SYS_PACCT', 'SYS_PTRACE', 'SYS_RAWIO', 'SYS_RESOURCE',
  'SYS_TIME', 'SYS_TTY_CONFIG', 'SYSLOG', 'WAKE_ALARM',
] as const;

// prettier-ignore
const TMPFS_MOUNT_OPTIONS = [
  'defaults', 'ro', 'rw', 'suid', 'nosuid', 'dev', 'nodev', 'exec', 'noexec', 'sync', 'async', 'dirsync', 'remount',
  'mand', 'nomand', 'atime', 'noatime', 'diratime', 'nodiratime', 'bind', 'rbind', 'unbindable', 'runbindable',
  'private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave', 'relatime', 'norelatime', 'strictatime',
  'nostrictatime', 'mode', 'uid', 'gid', 'nr_inodes', 'nr_blocks', 'mpol',
] as const;

/** `linuxParameters`: kernel capabilities, devices, tmpfs, init process, shared memory and swap. */
export const linuxParametersField: FieldSpec = {
  key: 'linuxParameters',
  kind: 'object',
  label: 'Linux parameters',
  help: 'Linux-only settings passed to Docker; not for Windows containers.',
  docs: apiDocs('ContainerDefinition'),
  fields: [
    {
      key: 'initProcessEnabled',
      kind: 'boolean',
      label: 'Init process',
      keywords: ['--init', 'tini', 'zombie'],
      help: 'Run a tiny init as PID 1 that reaps zombies and forwards signals.',
      docs: LINUX,
      default: false,
    },
    {
      key: 'capabilities',
      kind: 'object',
      label: 'Kernel capabilities',
      keywords: ['cap_add', 'cap_drop', 'SYS_PTRACE', 'NET_ADMIN'],
      help: 'Linux capabilities to grant beyond Docker’s default set, or to take away.',
      docs: LINUX,
      fields: [
        {
          key: 'add',
          kind: 'string-list',
          itemLabel: 'Capability',
          label: 'Add',
          help: 'Capabilities to grant; Fargate only allows SYS_PTRACE.',
          docs: CAPS,
          suggestions: KERNEL_CAPABILITIES,
        },
        {
          key: 'drop',
          kind: 'string-list',
          itemLabel: 'Capability',
          label: 'Drop',
          help: 'Capabilities to remove from Docker’s default set.',
          docs: CAPS,
          suggestions: KERNEL_CAPABILITIES,
        },
      ],
    },
    {
      key: 'devices',
      kind: 'object-list',
      label: 'Devices',
      itemLabel: 'Device',
      help: 'Host devices exposed to the container (not on Fargate).',
      docs: LINUX,
      newItem: { hostPath: '' },
      fields: [
        { key: 'hostPath', kind: 'text', label: 'Host path', help: 'Device file on the host.', docs: DEVICE, placeholder: '/dev/fuse' },
        {
          key: 'containerPath',
          kind: 'text',
          label: 'Container path',
          help: 'Where it appears in the container; the host path when empty.',
          docs: DEVICE,
        },
        {
          key: 'permissions',
          kind: 'enum-list',
          label: 'Permissions',
          help: 'What the container may do with it; all three when none are ticked.',
          docs: DEVICE,
          options: ['read', 'write', 'mknod'],
        },
      ],
    },
    {
      key: 'tmpfs',
      kind: 'object-list',
      label: 'tmpfs mounts',
      keywords: ['--tmpfs'],
      itemLabel: 'tmpfs mount',
      help: 'In-memory file systems mounted into the container (not on Fargate).',
      docs: LINUX,
      newItem: { containerPath: '', size: 64 },
      fields: [
        {
          key: 'containerPath',
          kind: 'text',
          label: 'Container path',
          help: 'Absolute path of the mount.',
          docs: TMPFS,
          placeholder: '/run',
        },
        {
          key: 'size',
          kind: 'number',
          label: 'Size',
          help: 'Largest size the file system may grow to.',
          docs: TMPFS,
          unit: 'MiB',
          min: 1,
        },
        {
          key: 'mountOptions',
          kind: 'string-list',
          itemLabel: 'Mount option',
          label: 'Mount options',
          help: 'Options such as noexec or nosuid.',
          docs: TMPFS,
          suggestions: TMPFS_MOUNT_OPTIONS,
        },
      ],
    },
    {
      key: 'sharedMemorySize',
      kind: 'number',
      label: 'Shared memory',
      keywords: ['shm', '/dev/shm', '--shm-size'],
      help: 'Size of /dev/shm (not on Fargate).',
      docs: LINUX,
      unit: 'MiB',
      min: 0,
    },
    {
      key: 'maxSwap',
      kind: 'number',
      label: 'Max swap',
      keywords: ['--memory-swap'],
      help: 'Swap the container may use; 0 turns swap off (not on Fargate).',
      docs: LINUX,
      unit: 'MiB',
      min: 0,
    },
    {
      key: 'swappiness',
      kind: 'number',
      label: 'Swappiness',
      help: '0–100: how eagerly memory pages are swapped; needs Max swap.',
      docs: LINUX,
      min: 0,
      max: 100,
    },
  ],
};
