/** Task-level sections beyond the common ones: namespaces, App Mesh proxy, fault injection, tags, accelerators. */
import { apiDocs } from './docs';
import type { SectionSpec } from './types';

const REGISTER = apiDocs('RegisterTaskDefinition');

export const namespacesSection: SectionSpec = {
  id: 'task-namespaces',
  title: 'Process and IPC namespaces',
  fields: [
    {
      key: 'pidMode',
      kind: 'enum',
      label: 'PID mode',
      help: 'host: share the instance’s process IDs; task: share them between the task’s containers.',
      docs: REGISTER,
      options: ['host', 'task'],
      emptyLabel: '(not set: each container its own)',
      keywords: ['pid', 'process namespace'],
    },
    {
      key: 'ipcMode',
      kind: 'enum',
      label: 'IPC mode',
      help: 'host: share the instance’s IPC resources; task: share them within the task; none: private.',
      docs: REGISTER,
      options: ['host', 'task', 'none'],
      emptyLabel: '(not set: Docker default)',
      keywords: ['ipc', 'shared memory namespace'],
    },
  ],
};

export const proxySection: SectionSpec = {
  id: 'task-proxy',
  title: 'App Mesh proxy configuration',
  fields: [
    {
      key: 'proxyConfiguration',
      kind: 'object',
      label: 'Proxy configuration',
      help: 'Routes the task’s traffic through an Envoy sidecar for App Mesh.',
      docs: apiDocs('ProxyConfiguration'),
      keywords: ['envoy', 'appmesh', 'service mesh'],
      fields: [
        {
          key: 'type',
          kind: 'enum',
          label: 'Proxy type',
          help: 'Only APPMESH (also the default).',
          docs: apiDocs('ProxyConfiguration'),
          options: ['APPMESH'],
        },
        {
          key: 'containerName',
          kind: 'text',
          label: 'Proxy container',
          help: 'Name of the container that runs the Envoy proxy.',
          docs: apiDocs('ProxyConfiguration'),
          suggestionsFrom: 'containerNames',
          placeholder: 'envoy',
        },
        {
          key: 'properties',
          kind: 'object-list',
          label: 'Proxy properties',
          itemLabel: 'Property',
          help: 'IgnoredUID or IgnoredGID (at least one), AppPorts, ProxyIngressPort, ProxyEgressPort, EgressIgnoredPorts, EgressIgnoredIPs.',
          docs: apiDocs('ProxyConfiguration'),
          newItem: { name: '', value: '' },
          fields: [
            {
              key: 'name',
              kind: 'text',
              label: 'Name',
              help: 'The property name.',
              docs: apiDocs('KeyValuePair'),
              suggestions: [
                'IgnoredUID',
                'IgnoredGID',
                'AppPorts',
                'ProxyIngressPort',
                'ProxyEgressPort',
                'EgressIgnoredPorts',
                'EgressIgnoredIPs',
              ],
            },
            { key: 'value', kind: 'text', label: 'Value', help: 'Its value; lists are comma-separated.', docs: apiDocs('KeyValuePair') },
          ],
        },
      ],
    },
  ],
};

export const faultInjectionSection: SectionSpec = {
  id: 'task-fault-injection',
  title: 'Fault injection',
  fields: [
    {
      key: 'enableFaultInjection',
      kind: 'boolean',
      default: false,
      label: 'Enable fault injection',
      help: 'Lets AWS Fault Injection Service inject network and process faults into the task.',
      docs: REGISTER,
      keywords: ['fis', 'chaos'],
    },
  ],
};

export const tagsSection: SectionSpec = {
  id: 'task-tags',
  title: 'Tags',
  fields: [
    {
      key: 'tags',
      kind: 'object-list',
      label: 'Tags',
      itemLabel: 'Tag',
      help: 'Key/value labels on the task definition for cost and access control; at most 50.',
      docs: apiDocs('Tag'),
      newItem: { key: '', value: '' },
      fields: [
        { key: 'key', kind: 'text', label: 'Key', help: '1 to 128 characters; must not start with aws:.', docs: apiDocs('Tag') },
        { key: 'value', kind: 'text', label: 'Value', help: 'Up to 256 characters.', docs: apiDocs('Tag') },
      ],
    },
  ],
};

export const inferenceSection: SectionSpec = {
  id: 'task-inference',
  title: 'Inference accelerators (deprecated)',
  fields: [
    {
      key: 'inferenceAccelerators',
      kind: 'object-list',
      label: 'Inference accelerators',
      itemLabel: 'Accelerator',
      help: 'Elastic Inference devices; the service is discontinued, so only remove or keep these.',
      docs: apiDocs('InferenceAccelerator'),
      onlyWhenPresent: true,
      newItem: { deviceName: '', deviceType: '' },
      fields: [
        {
          key: 'deviceName',
          kind: 'text',
          label: 'Device name',
          help: 'Referenced by a container’s resource requirement.',
          docs: apiDocs('InferenceAccelerator'),
        },
        {
          key: 'deviceType',
          kind: 'text',
          label: 'Device type',
          help: 'The Elastic Inference accelerator type, e.g. eia2.medium.',
          docs: apiDocs('InferenceAccelerator'),
        },
      ],
    },
  ],
};
