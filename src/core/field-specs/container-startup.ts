/** Container sections about what the process gets and when it starts: secrets, health check, logging, environment files, dependencies. */
import { apiDocs } from './container-basics';
import type { FieldSpec, SectionSpec } from './types';

const CONTAINER = apiDocs('ContainerDefinition');
const SECRET = apiDocs('Secret');
const LOG = apiDocs('LogConfiguration');
const HEALTH = apiDocs('HealthCheck');

/** Options every log driver takes (Docker's delivery mode and its buffer). */
const ANY_DRIVER_OPTIONS = ['mode', 'max-buffer-size'] as const;

/**
 * Option keys suggested for each log driver (AWS's LogConfiguration reference and Docker's logging drivers);
 * a driver not listed gets them all. FireLens keys depend on the output plugin; these are the common ones.
 */
export const LOG_OPTION_KEYS_BY_DRIVER: Readonly<Record<string, readonly string[]>> = {
  awslogs: [
    'awslogs-group',
    'awslogs-region',
    'awslogs-stream-prefix',
    'awslogs-create-group',
    'awslogs-datetime-format',
    'awslogs-multiline-pattern',
    'awslogs-endpoint',
    ...ANY_DRIVER_OPTIONS,
  ],
  awsfirelens: [
    'Name',
    'region',
    'log_group_name',
    'log_stream_prefix',
    'auto_create_group',
    'delivery_stream',
    'log-driver-buffer-limit',
    ...ANY_DRIVER_OPTIONS,
  ],
  splunk: [
    'splunk-url',
    'splunk-token',
    'splunk-index',
    'splunk-source',
    'splunk-sourcetype',
    'splunk-format',
    'tag',
    ...ANY_DRIVER_OPTIONS,
  ],
  'json-file': ['max-size', 'max-file', 'labels', 'env', ...ANY_DRIVER_OPTIONS],
  syslog: ['syslog-address', 'syslog-facility', 'syslog-format', 'tag', 'labels', 'env', ...ANY_DRIVER_OPTIONS],
  journald: ['tag', 'labels', 'env', ...ANY_DRIVER_OPTIONS],
  gelf: ['gelf-address', 'gelf-compression-type', 'tag', 'labels', 'env', ...ANY_DRIVER_OPTIONS],
  fluentd: ['fluentd-address', 'fluentd-async', 'tag', 'labels', 'env', ...ANY_DRIVER_OPTIONS],
};

/** Every suggested log option key, for a driver that is not set or not listed. */
export const LOG_OPTION_KEYS: readonly string[] = [...new Set(Object.values(LOG_OPTION_KEYS_BY_DRIVER).flat())];

/** `name` + `valueFrom` rows, for `secrets` and `logConfiguration.secretOptions`. */
export const secretFields: readonly FieldSpec[] = [
  { key: 'name', kind: 'text', label: 'Name', help: 'Environment variable (or log option) the secret is delivered as.', docs: SECRET },
  {
    key: 'valueFrom',
    kind: 'text',
    label: 'Value from',
    help: 'ARN of a Secrets Manager secret or SSM parameter; Build ARN helps.',
    docs: SECRET,
    placeholder: 'arn:aws:ssm:…',
  },
];

const secrets: SectionSpec = {
  id: 'secrets',
  title: 'Secrets',
  fields: [
    {
      key: 'secrets',
      kind: 'object-list',
      label: 'Secrets',
      keywords: ['SSM', 'Parameter Store', 'Secrets Manager', 'valueFrom'],
      itemLabel: 'Secret',
      help: 'Variables fetched from Secrets Manager or Parameter Store when the task starts.',
      docs: CONTAINER,
      fields: secretFields,
      newItem: { name: '', valueFrom: '' },
    },
  ],
};

const healthCheck: SectionSpec = {
  id: 'health-check',
  title: 'Health check',
  fields: [
    {
      key: 'healthCheck',
      kind: 'object',
      label: 'Health check',
      keywords: ['HEALTHCHECK', 'liveness'],
      help: 'A command Docker runs in the container to tell whether it is healthy.',
      docs: CONTAINER,
      fields: [
        {
          key: 'command',
          kind: 'shell',
          label: 'Command',
          help: 'CMD-SHELL followed by a shell command, or CMD followed by arguments; exit 0 = healthy.',
          docs: HEALTH,
          placeholder: `CMD-SHELL 'curl -f http://localhost/ || exit 1'`,
        },
        {
          key: 'interval',
          kind: 'number',
          label: 'Interval',
          help: 'Time between checks, 5–300; 30 when empty.',
          docs: HEALTH,
          unit: 'seconds',
          min: 5,
          max: 300,
        },
        {
          key: 'timeout',
          kind: 'number',
          label: 'Timeout',
          help: 'How long one check may take, 2–60; 5 when empty.',
          docs: HEALTH,
          unit: 'seconds',
          min: 2,
          max: 60,
        },
        {
          key: 'retries',
          kind: 'number',
          label: 'Retries',
          help: 'Failures in a row before the container counts as unhealthy, 1–10; 3 when empty.',
          docs: HEALTH,
          min: 1,
          max: 10,
        },
        {
          key: 'startPeriod',
          kind: 'number',
          label: 'Start period',
          help: 'Grace time after start when failures do not count, 0–300.',
          docs: HEALTH,
          unit: 'seconds',
          min: 0,
          max: 300,
        },
      ],
    },
  ],
};

const logging: SectionSpec = {
  id: 'logging',
  title: 'Logging',
  fields: [
    {
      key: 'logConfiguration',
      kind: 'object',
      label: 'Log configuration',
      keywords: ['CloudWatch', 'awslogs', 'log driver'],
      help: 'Where the container’s stdout and stderr go.',
      docs: CONTAINER,
      fields: [
        {
          key: 'logDriver',
          kind: 'enum',
          label: 'Log driver',
          help: 'awslogs sends to CloudWatch Logs; awsfirelens to a FireLens router container.',
          docs: LOG,
          options: ['awslogs', 'awsfirelens', 'splunk', 'json-file', 'syslog', 'journald', 'gelf', 'fluentd'],
        },
        {
          key: 'options',
          kind: 'map',
          label: 'Options',
          help: 'Driver settings, e.g. awslogs-group and awslogs-region for awslogs.',
          docs: LOG,
          keySuggestions: LOG_OPTION_KEYS,
          keySuggestionsBy: { field: 'logDriver', values: LOG_OPTION_KEYS_BY_DRIVER },
        },
        {
          key: 'secretOptions',
          kind: 'object-list',
          label: 'Secret options',
          itemLabel: 'Secret option',
          help: 'Driver options whose values come from a secret, such as a Splunk token.',
          docs: LOG,
          fields: secretFields,
          newItem: { name: '', valueFrom: '' },
        },
      ],
    },
  ],
};

const environmentFiles: SectionSpec = {
  id: 'environment-files',
  title: 'Environment files',
  fields: [
    {
      key: 'environmentFiles',
      kind: 'object-list',
      label: 'Environment files',
      keywords: ['.env', 'S3', 'env file'],
      itemLabel: 'Environment file',
      help: 'Up to 10 .env files in S3, read in order; Environment variables above win.',
      docs: CONTAINER,
      newItem: { value: '', type: 's3' },
      fields: [
        {
          key: 'value',
          kind: 'text',
          label: 'S3 object ARN',
          help: 'The file’s S3 ARN, e.g. arn:aws:s3:::bucket/app.env.',
          docs: apiDocs('EnvironmentFile'),
          placeholder: 'arn:aws:s3:::bucket/app.env',
        },
        {
          key: 'type',
          kind: 'enum',
          label: 'Type',
          help: 'Where the file lives; only s3 exists.',
          docs: apiDocs('EnvironmentFile'),
          options: ['s3'],
        },
      ],
    },
  ],
};

const dependsOn: SectionSpec = {
  id: 'startup-dependency-ordering',
  title: 'Startup dependency ordering',
  fields: [
    {
      key: 'dependsOn',
      kind: 'object-list',
      label: 'Dependencies',
      keywords: ['dependsOn', 'startup order'],
      itemLabel: 'Dependency',
      help: 'Containers that must reach a state before this one starts (and stop after it).',
      docs: CONTAINER,
      newItem: { containerName: '', condition: 'START' },
      fields: [
        {
          key: 'containerName',
          kind: 'text',
          label: 'Container',
          help: 'Another container of this task.',
          suggestionsFrom: 'containerNames',
          docs: apiDocs('ContainerDependency'),
        },
        {
          key: 'condition',
          kind: 'enum',
          label: 'Condition',
          help: 'START: started; COMPLETE: exited; SUCCESS: exited with 0; HEALTHY: passes its health check.',
          docs: apiDocs('ContainerDependency'),
          options: ['START', 'COMPLETE', 'SUCCESS', 'HEALTHY'],
        },
      ],
    },
  ],
};

export { secrets, healthCheck, logging, environmentFiles, dependsOn };
