/** Container sections about the host it runs on: network, volumes from, Linux parameters, ulimits, GPUs. */
import { apiDocs } from './container-basics';
import { linuxParametersField } from './container-linux';
import type { SectionSpec } from './types';

const CONTAINER = apiDocs('ContainerDefinition');
const RESOURCE = apiDocs('ResourceRequirement');

const network: SectionSpec = {
  id: 'network-settings',
  title: 'Network settings',
  fields: [
    { key: 'hostname', kind: 'text', label: 'Hostname', help: 'Host name inside the container (not with awsvpc).', docs: CONTAINER },
    {
      key: 'links',
      kind: 'string-list',
      itemLabel: 'Link',
      label: 'Links',
      keywords: ['--link'],
      help: 'Other containers reachable by name, as name or name:alias (bridge mode only).',
      docs: CONTAINER,
    },
    {
      key: 'dnsServers',
      kind: 'string-list',
      itemLabel: 'DNS server',
      label: 'DNS servers',
      keywords: ['--dns', 'nameserver'],
      help: 'Name servers the container uses instead of the host’s.',
      docs: CONTAINER,
    },
    {
      key: 'dnsSearchDomains',
      kind: 'string-list',
      itemLabel: 'Search domain',
      label: 'DNS search domains',
      help: 'Domains tried for short host names.',
      docs: CONTAINER,
    },
    {
      key: 'extraHosts',
      kind: 'object-list',
      label: 'Extra hosts',
      keywords: ['/etc/hosts', '--add-host'],
      itemLabel: 'Host entry',
      help: 'Lines added to /etc/hosts (not with awsvpc).',
      docs: CONTAINER,
      newItem: { hostname: '', ipAddress: '' },
      fields: [
        { key: 'hostname', kind: 'text', label: 'Hostname', help: 'Name to resolve.', docs: apiDocs('HostEntry') },
        { key: 'ipAddress', kind: 'text', label: 'IP address', help: 'Address it resolves to.', docs: apiDocs('HostEntry') },
      ],
    },
    {
      key: 'disableNetworking',
      kind: 'boolean',
      label: 'Disable networking',
      help: 'Start the container with no network at all.',
      docs: CONTAINER,
      default: false,
    },
  ],
};

const storage: SectionSpec = {
  id: 'storage-and-volumes-from',
  title: 'Storage and volumes from',
  fields: [
    {
      key: 'volumesFrom',
      kind: 'object-list',
      label: 'Volumes from',
      keywords: ['--volumes-from'],
      itemLabel: 'Volumes from container',
      help: 'Mount every volume of another container of this task.',
      docs: CONTAINER,
      newItem: { sourceContainer: '' },
      fields: [
        {
          key: 'sourceContainer',
          kind: 'text',
          label: 'Source container',
          suggestionsFrom: 'containerNames',
          help: 'Container whose volumes are mounted.',
          docs: apiDocs('VolumeFrom'),
        },
        {
          key: 'readOnly',
          kind: 'boolean',
          label: 'Read only',
          help: 'Mount them read-only here.',
          docs: apiDocs('VolumeFrom'),
          default: false,
        },
      ],
    },
  ],
};

const linux: SectionSpec = { id: 'linux-parameters', title: 'Linux parameters', fields: [linuxParametersField] };

const ulimits: SectionSpec = {
  id: 'resource-limits',
  title: 'Resource limits (ulimits)',
  fields: [
    {
      key: 'ulimits',
      kind: 'object-list',
      label: 'Ulimits',
      keywords: ['nofile', 'open files', '--ulimit'],
      itemLabel: 'Ulimit',
      help: 'Per-process limits such as open files (nofile); not for Windows.',
      docs: CONTAINER,
      newItem: { name: 'nofile', softLimit: 65535, hardLimit: 65535 },
      fields: [
        {
          key: 'name',
          kind: 'enum',
          label: 'Limit',
          help: 'Which resource is limited.',
          docs: apiDocs('Ulimit'),
          options: [
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
          ],
        },
        { key: 'softLimit', kind: 'number', label: 'Soft limit', help: 'Limit the process starts with.', docs: apiDocs('Ulimit') },
        {
          key: 'hardLimit',
          kind: 'number',
          label: 'Hard limit',
          help: 'Ceiling the process may raise its soft limit to.',
          docs: apiDocs('Ulimit'),
        },
      ],
    },
  ],
};

const gpu: SectionSpec = {
  id: 'gpu-and-accelerators',
  title: 'GPU and accelerators',
  fields: [
    {
      key: 'resourceRequirements',
      kind: 'object-list',
      label: 'Resource requirements',
      keywords: ['GPU', 'NVIDIA', 'Neuron'],
      itemLabel: 'Resource requirement',
      help: 'GPUs or other devices reserved for the container (not on Fargate).',
      docs: CONTAINER,
      newItem: { type: 'GPU', value: '1' },
      fields: [
        {
          key: 'type',
          kind: 'enum',
          label: 'Type',
          help: 'Kind of device.',
          docs: RESOURCE,
          options: ['GPU', 'NeuronDevice', 'InferenceAccelerator'],
        },
        {
          key: 'value',
          kind: 'text',
          label: 'Value',
          help: 'GPU count; ALL for Neuron devices; the accelerator’s device name.',
          docs: RESOURCE,
        },
        {
          key: 'sharingStrategy',
          kind: 'object',
          label: 'GPU sharing',
          keywords: ['MPS', 'nvidiaMps'],
          help: 'Share one GPU between containers instead of reserving whole GPUs (leave Value empty).',
          docs: RESOURCE,
          fields: [
            {
              key: 'nvidiaMps',
              kind: 'object',
              label: 'NVIDIA MPS',
              help: 'Share through NVIDIA’s Multi-Process Service.',
              docs: apiDocs('SharingStrategy'),
              fields: [
                {
                  key: 'memory',
                  kind: 'number',
                  label: 'GPU memory',
                  help: 'GPU memory this container gets.',
                  docs: apiDocs('NvidiaMpsAllocation'),
                  unit: 'MiB',
                  min: 1,
                },
                {
                  key: 'maxComputePercent',
                  kind: 'number',
                  label: 'Max compute (%)',
                  help: 'Cap on the GPU’s compute this container may use.',
                  docs: apiDocs('NvidiaMpsAllocation'),
                  min: 1,
                  max: 100,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

export { network, storage, linux, ulimits, gpu };
