/**
 * Task-level fields (RegisterTaskDefinitionRequest minus containers and volumes). `taskMainFields` are the
 * common fields the task panel shows with its own controls; `taskSections` are the collapsed sections.
 */
import { apiDocs } from './docs';
import { faultInjectionSection, inferenceSection, namespacesSection, proxySection, tagsSection } from './task-more';
import type { FieldSpec, SectionSpec } from './types';

const REGISTER = apiDocs('RegisterTaskDefinition');

/** The fields always visible at the top of the task panel (rendered by task-form's own controls). */
export const taskMainFields: readonly FieldSpec[] = [
  {
    key: 'family',
    kind: 'text',
    label: 'Family',
    help: 'Name shared by all revisions of this task definition: letters, digits, - and _.',
    docs: REGISTER,
  },
  {
    key: 'cpu',
    kind: 'text',
    label: 'Task CPU',
    help: 'CPU units ("1024") or "1 vCPU".',
    docs: REGISTER,
    placeholder: 'e.g. 256',
    keywords: ['task size', 'vcpu'],
  },
  {
    key: 'memory',
    kind: 'text',
    label: 'Task memory',
    help: 'MiB ("2048") or "2 GB".',
    docs: REGISTER,
    placeholder: 'e.g. 512',
    keywords: ['task size', 'ram'],
  },
  {
    key: 'taskRoleArn',
    kind: 'text',
    label: 'Task role ARN',
    help: 'IAM role your containers use to call AWS.',
    docs: REGISTER,
    placeholder: 'arn:aws:iam::123456789012:role/…',
    keywords: ['iam'],
  },
  {
    key: 'executionRoleArn',
    kind: 'text',
    label: 'Task execution role ARN',
    help: 'Role ECS uses to pull images, write logs and read secrets.',
    docs: REGISTER,
    placeholder: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    keywords: ['iam'],
  },
  {
    key: 'networkMode',
    kind: 'enum',
    label: 'Network mode',
    help: 'How containers reach the network: awsvpc, bridge, host, none, or the default.',
    docs: REGISTER,
    options: ['bridge', 'host', 'awsvpc', 'none'],
  },
  {
    key: 'requiresCompatibilities',
    kind: 'enum-list',
    label: 'Launch types (requiresCompatibilities)',
    help: 'Where the task may run; ECS checks the definition against each.',
    docs: REGISTER,
    options: ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'],
    keywords: ['fargate', 'compatibilities', 'capacity'],
  },
];

export const OS_FAMILIES = [
  'LINUX',
  'WINDOWS_SERVER_2025_CORE',
  'WINDOWS_SERVER_2025_FULL',
  'WINDOWS_SERVER_2022_CORE',
  'WINDOWS_SERVER_2022_FULL',
  'WINDOWS_SERVER_2019_CORE',
  'WINDOWS_SERVER_2019_FULL',
  'WINDOWS_SERVER_2016_FULL',
  'WINDOWS_SERVER_2004_CORE',
  'WINDOWS_SERVER_20H2_CORE',
] as const;

const runtimePlatform: SectionSpec = {
  id: 'task-runtime-platform',
  title: 'Operating system and architecture',
  open: true,
  fields: [
    {
      key: 'runtimePlatform',
      kind: 'object',
      label: 'Runtime platform',
      help: 'The OS and CPU architecture the containers are built for.',
      docs: apiDocs('RuntimePlatform'),
      fields: [
        {
          key: 'operatingSystemFamily',
          kind: 'enum',
          label: 'Operating system',
          help: 'Linux, or the Windows Server version of the images.',
          docs: apiDocs('RuntimePlatform'),
          options: OS_FAMILIES,
          keywords: ['windows', 'linux', 'os'],
        },
        {
          key: 'cpuArchitecture',
          kind: 'enum',
          label: 'CPU architecture',
          help: 'X86_64 or ARM64 (Graviton; Linux only).',
          docs: apiDocs('RuntimePlatform'),
          options: ['X86_64', 'ARM64'],
          keywords: ['arm', 'graviton', 'arch'],
        },
      ],
    },
  ],
};

const storage: SectionSpec = {
  id: 'task-storage',
  title: 'Ephemeral storage',
  fields: [
    {
      key: 'ephemeralStorage',
      kind: 'object',
      label: 'Ephemeral storage',
      help: 'Scratch disk shared by the task’s containers on Fargate (20 GiB when not set).',
      docs: apiDocs('EphemeralStorage'),
      fields: [
        {
          key: 'sizeInGiB',
          kind: 'number',
          label: 'Size',
          unit: 'GiB',
          min: 21,
          max: 200,
          help: '21 to 200 GiB.',
          docs: apiDocs('EphemeralStorage'),
          keywords: ['disk'],
        },
      ],
    },
  ],
};

const placement: SectionSpec = {
  id: 'task-placement',
  title: 'Task placement',
  fields: [
    {
      key: 'placementConstraints',
      kind: 'object-list',
      label: 'Placement constraints',
      itemLabel: 'Constraint',
      help: 'Which container instances may run the task (EC2 and External only); at most 10.',
      docs: apiDocs('TaskDefinitionPlacementConstraint'),
      newItem: { type: 'memberOf', expression: '' },
      fields: [
        {
          key: 'type',
          kind: 'enum',
          label: 'Type',
          help: 'Only memberOf: the instance must match the expression.',
          docs: apiDocs('TaskDefinitionPlacementConstraint'),
          options: ['memberOf'],
        },
        {
          key: 'expression',
          kind: 'text',
          label: 'Expression',
          help: 'Cluster query language, e.g. attribute:ecs.instance-type =~ t3.*',
          docs: apiDocs('TaskDefinitionPlacementConstraint'),
          placeholder: 'attribute:ecs.availability-zone in [us-east-1a]',
        },
      ],
    },
  ],
};

/** The collapsed task-level sections, in the order the task panel shows them. */
export const taskSections: readonly SectionSpec[] = [
  runtimePlatform,
  storage,
  placement,
  namespacesSection,
  proxySection,
  faultInjectionSection,
  tagsSection,
  inferenceSection,
];
