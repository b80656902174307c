import type { FieldSpec, SectionSpec } from './types';

/** The AWS API reference page of an ECS shape. */
export const apiDocs = (shape: string) => `https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_${shape}.html`;

const CONTAINER = apiDocs('ContainerDefinition');
const PORT = apiDocs('PortMapping');
const KEY_VALUE = apiDocs('KeyValuePair');
const MOUNT = apiDocs('MountPoint');

export const portMappingFields: readonly FieldSpec[] = [
  {
    key: 'containerPort',
    kind: 'number',
    label: 'Container port',
    help: 'The port the application listens on inside the container.',
    docs: PORT,
    min: 1,
    max: 65535,
  },
  {
    key: 'hostPort',
    kind: 'number',
    label: 'Host port',
    help: 'Port on the host; leave empty (or 0 in bridge mode) for a dynamic port.',
    docs: PORT,
    min: 0,
    max: 65535,
  },
  { key: 'protocol', kind: 'enum', label: 'Protocol', help: 'Transport protocol; tcp when not set.', docs: PORT, options: ['tcp', 'udp'] },
  {
    key: 'name',
    kind: 'text',
    label: 'Port name',
    help: 'Lower-case name Service Connect uses to refer to this port.',
    docs: PORT,
    placeholder: 'web',
  },
  {
    key: 'appProtocol',
    kind: 'enum',
    label: 'App protocol',
    help: 'Lets Service Connect add protocol-aware metrics and retries.',
    docs: PORT,
    options: ['http', 'http2', 'grpc'],
  },
  {
    key: 'containerPortRange',
    kind: 'text',
    label: 'Container port range',
    help: 'A range such as 8000-8100 instead of one port; ECS picks the host ports.',
    docs: PORT,
    placeholder: 'e.g. 8000-8100',
  },
];

export const environmentFields: readonly FieldSpec[] = [
  { key: 'name', kind: 'text', label: 'Name', help: 'Variable name as the process sees it.', docs: KEY_VALUE },
  { key: 'value', kind: 'text', label: 'Value', help: 'Plain-text value, stored as is in the task definition.', docs: KEY_VALUE },
];

export const mountPointFields: readonly FieldSpec[] = [
  { key: 'sourceVolume', kind: 'text', label: 'Source volume', help: 'One of the volumes declared for the task.', docs: MOUNT },
  {
    key: 'containerPath',
    kind: 'text',
    label: 'Container path',
    help: 'Where the volume appears inside the container.',
    docs: MOUNT,
    placeholder: '/data',
  },
  { key: 'readOnly', kind: 'boolean', label: 'Read only', help: 'Mount it read-only for this container.', docs: MOUNT, default: false },
];

/**
 * The fields most people set, shown open at the top of the container panel. They are rendered by
 * hand-built components in features/containers (which take their labels and help from here); the field
 * search and the coverage test read them like the other sections.
 */
export const containerBasics: SectionSpec = {
  id: 'container',
  title: 'Container',
  open: true,
  fields: [
    { key: 'name', kind: 'text', label: 'Container name', help: 'Unique in the task: letters, digits, - and _.', docs: CONTAINER },
    {
      key: 'image',
      kind: 'text',
      label: 'Image',
      keywords: ['ECR', 'repository', 'tag'],
      help: 'Repository and tag, e.g. nginx:1.27 or an ECR URI.',
      docs: CONTAINER,
      placeholder: 'repository:tag',
    },
    { key: 'essential', kind: 'boolean', label: 'Essential', help: 'If it stops, the whole task stops.', docs: CONTAINER, default: true },
    {
      key: 'cpu',
      kind: 'number',
      label: 'CPU units',
      keywords: ['vCPU', 'cpu shares'],
      help: 'CPU reserved for the container; 1024 units are one vCPU.',
      docs: CONTAINER,
      min: 0,
    },
    {
      key: 'memory',
      kind: 'number',
      label: 'Memory hard limit (MiB)',
      keywords: ['RAM', 'OOM'],
      help: 'The container is killed if it uses more than this.',
      docs: CONTAINER,
      min: 6,
    },
    {
      key: 'memoryReservation',
      kind: 'number',
      label: 'Memory reservation (MiB)',
      help: 'Memory kept free for it; it may use more up to the hard limit.',
      docs: CONTAINER,
      min: 6,
    },
    {
      key: 'portMappings',
      kind: 'object-list',
      label: 'Port mappings',
      keywords: ['expose', 'ports', 'EXPOSE'],
      itemLabel: 'Port mapping',
      help: 'Ports the container exposes and how they map to the host.',
      docs: CONTAINER,
      fields: portMappingFields,
      newItem: { containerPort: 80, protocol: 'tcp' },
    },
    {
      key: 'environment',
      kind: 'object-list',
      label: 'Environment variables',
      keywords: ['env', 'ENV'],
      itemLabel: 'Environment variable',
      help: 'Plain-text variables set in the container; use Secrets for credentials.',
      docs: CONTAINER,
      fields: environmentFields,
      newItem: { name: '', value: '' },
    },
    {
      key: 'mountPoints',
      kind: 'object-list',
      label: 'Mount points',
      itemLabel: 'Mount point',
      help: 'Task volumes mounted into this container.',
      docs: CONTAINER,
      fields: mountPointFields,
      newItem: { sourceVolume: '', containerPath: '' },
    },
    {
      key: 'command',
      kind: 'shell',
      label: 'Command',
      help: 'Typed as a shell line; split into arguments the way a shell would.',
      docs: CONTAINER,
    },
    {
      key: 'entryPoint',
      kind: 'shell',
      label: 'Entry point',
      keywords: ['ENTRYPOINT'],
      help: 'Typed as a shell line, like Command; replaces the image’s ENTRYPOINT.',
      docs: CONTAINER,
    },
    {
      key: 'workingDirectory',
      kind: 'text',
      label: 'Working directory',
      keywords: ['WORKDIR', 'cwd'],
      help: 'Directory the command runs in.',
      docs: CONTAINER,
      placeholder: '/app',
    },
  ],
};
