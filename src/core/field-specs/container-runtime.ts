/** Container sections about how Docker runs it: Docker settings, FireLens, private registry, restarts, timeouts, security. */
import { apiDocs } from './container-basics';
import type { SectionSpec } from './types';

const CONTAINER = apiDocs('ContainerDefinition');

const docker: SectionSpec = {
  id: 'docker-configuration',
  title: 'Docker configuration',
  fields: [
    {
      key: 'dockerLabels',
      kind: 'map',
      label: 'Docker labels',
      keywords: ['--label'],
      help: 'Metadata labels set on the container.',
      docs: CONTAINER,
    },
    {
      key: 'interactive',
      kind: 'boolean',
      label: 'Interactive',
      keywords: ['-i', 'stdin'],
      help: 'Keep stdin open (docker run -i).',
      docs: CONTAINER,
      default: false,
    },
    {
      key: 'pseudoTerminal',
      kind: 'boolean',
      label: 'Pseudo terminal',
      keywords: ['-t', 'tty'],
      help: 'Allocate a TTY (docker run -t).',
      docs: CONTAINER,
      default: false,
    },
    {
      key: 'systemControls',
      kind: 'object-list',
      label: 'System controls',
      keywords: ['sysctl', '--sysctl'],
      itemLabel: 'System control',
      help: 'Kernel parameters (sysctl) set in the container’s namespace.',
      docs: CONTAINER,
      newItem: { namespace: '', value: '' },
      fields: [
        {
          key: 'namespace',
          kind: 'text',
          label: 'Namespace',
          help: 'Parameter name, e.g. net.core.somaxconn.',
          docs: apiDocs('SystemControl'),
        },
        { key: 'value', kind: 'text', label: 'Value', help: 'Value to set.', docs: apiDocs('SystemControl') },
      ],
    },
    {
      key: 'versionConsistency',
      kind: 'enum',
      label: 'Version consistency',
      keywords: ['digest', 'image pinning'],
      help: 'enabled pins the image tag to its digest at deployment; enabled when empty.',
      docs: CONTAINER,
      options: ['enabled', 'disabled'],
    },
  ],
};

const firelens: SectionSpec = {
  id: 'firelens',
  title: 'FireLens',
  fields: [
    {
      key: 'firelensConfiguration',
      kind: 'object',
      label: 'FireLens configuration',
      keywords: ['Fluent Bit', 'Fluentd', 'log router'],
      help: 'Makes this container the log router for containers using the awsfirelens driver.',
      docs: CONTAINER,
      fields: [
        {
          key: 'type',
          kind: 'enum',
          label: 'Router type',
          help: 'Fluent Bit or Fluentd image.',
          docs: apiDocs('FirelensConfiguration'),
          options: ['fluentbit', 'fluentd'],
        },
        {
          key: 'options',
          kind: 'map',
          label: 'Options',
          help: 'Router settings, such as a custom config file.',
          docs: apiDocs('FirelensConfiguration'),
          keySuggestions: ['enable-ecs-log-metadata', 'config-file-type', 'config-file-value'],
        },
      ],
    },
  ],
};

const registry: SectionSpec = {
  id: 'private-registry',
  title: 'Private registry',
  fields: [
    {
      key: 'repositoryCredentials',
      kind: 'object',
      label: 'Repository credentials',
      keywords: ['Docker Hub', 'pull secret', 'private registry'],
      help: 'Sign in to a private registry (other than ECR) to pull the image.',
      docs: CONTAINER,
      fields: [
        {
          key: 'credentialsParameter',
          kind: 'text',
          label: 'Secret ARN',
          help: 'Secrets Manager secret holding the registry user name and password.',
          docs: apiDocs('RepositoryCredentials'),
          placeholder: 'arn:aws:secretsmanager:…',
        },
      ],
    },
  ],
};

const restart: SectionSpec = {
  id: 'restart-policy',
  title: 'Restart policy',
  fields: [
    {
      key: 'restartPolicy',
      kind: 'object',
      label: 'Restart policy',
      keywords: ['restart', 'crash'],
      help: 'Restart the container in place when it exits, without replacing the task.',
      docs: CONTAINER,
      fields: [
        {
          key: 'enabled',
          kind: 'boolean',
          label: 'Enabled',
          help: 'Turn container restarts on.',
          docs: apiDocs('ContainerRestartPolicy'),
          default: false,
        },
        {
          key: 'ignoredExitCodes',
          kind: 'number-list',
          itemLabel: 'Exit code',
          label: 'Ignored exit codes',
          help: 'Exit codes that do not trigger a restart (up to 50).',
          docs: apiDocs('ContainerRestartPolicy'),
        },
        {
          key: 'restartAttemptPeriod',
          kind: 'number',
          label: 'Attempt period',
          help: 'It must have run this long before it may restart again, 60–1800.',
          docs: apiDocs('ContainerRestartPolicy'),
          unit: 'seconds',
          min: 60,
          max: 1800,
        },
      ],
    },
  ],
};

const timeouts: SectionSpec = {
  id: 'timeouts',
  title: 'Timeouts',
  fields: [
    {
      key: 'startTimeout',
      kind: 'number',
      label: 'Start timeout',
      help: 'How long dependencies may take to reach their condition before giving up.',
      docs: CONTAINER,
      unit: 'seconds',
      min: 0,
    },
    {
      key: 'stopTimeout',
      kind: 'number',
      label: 'Stop timeout',
      keywords: ['SIGTERM', 'graceful shutdown'],
      help: 'Wait after SIGTERM before the container is killed; Fargate allows up to 120.',
      docs: CONTAINER,
      unit: 'seconds',
      min: 0,
    },
  ],
};

const security: SectionSpec = {
  id: 'security',
  title: 'Security',
  fields: [
    {
      key: 'user',
      kind: 'text',
      label: 'User',
      keywords: ['uid', 'non-root', '--user'],
      help: 'user, uid, user:group or uid:gid to run as (not on Windows).',
      docs: CONTAINER,
      placeholder: '1000:1000',
    },
    {
      key: 'readonlyRootFilesystem',
      kind: 'boolean',
      label: 'Read-only root file system',
      keywords: ['--read-only'],
      help: 'Only volumes and tmpfs mounts are writable.',
      docs: CONTAINER,
      default: false,
    },
    {
      key: 'privileged',
      kind: 'boolean',
      label: 'Privileged',
      keywords: ['--privileged'],
      help: 'Full access to the host, like root on it (not on Fargate).',
      docs: CONTAINER,
      default: false,
    },
    {
      key: 'dockerSecurityOptions',
      kind: 'string-list',
      itemLabel: 'Security option',
      label: 'Docker security options',
      keywords: ['SELinux', 'AppArmor', 'no-new-privileges'],
      help: 'SELinux or AppArmor labels and no-new-privileges (EC2 only).',
      docs: CONTAINER,
      suggestions: ['no-new-privileges', 'apparmor:', 'label:'],
    },
    {
      key: 'credentialSpecs',
      kind: 'string-list',
      itemLabel: 'Credential spec',
      label: 'Credential specs',
      keywords: ['gMSA', 'Active Directory'],
      help: 'One credentialspec: ARN for Active Directory (gMSA) authentication.',
      docs: CONTAINER,
      suggestions: ['credentialspec:', 'credentialspecdomainless:'],
    },
  ],
};

/** The container's sections after the basics, in the order the panel shows them (all collapsed at first). */

export { docker, firelens, registry, restart, timeouts, security };
