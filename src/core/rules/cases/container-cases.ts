import { at, container, ec2, error, fargate, none, warning, type RuleCase } from './builders';
import { containerRuntimeCases } from './container-runtime-cases';

/** Rule cases for a container's size, health check, restart policy, environment and secrets; the rest in container-runtime-cases.ts. */
const SM = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf';
const secret = (valueFrom: string) => container({ secrets: [{ name: 'DB', valueFrom }] });

export const containerCases: RuleCase[] = [
  {
    rule: 'container-memory-required',
    name: 'accepts containers sized by task memory',
    doc: ec2([container({ memory: undefined })], { memory: '512' }),
    expect: none,
  },
  {
    rule: 'container-memory-required',
    name: 'accepts memoryReservation alone',
    doc: ec2([container({ memory: undefined, memoryReservation: 256 })]),
    expect: none,
  },
  {
    rule: 'container-memory-required',
    name: 'reports a container without memory when the task has none',
    doc: ec2([container({ memory: undefined }), container({ name: 'b', memory: 0, memoryReservation: null })]),
    expect: [error(at(0)), error(at(1))],
  },
  {
    rule: 'memory-reservation-limit',
    name: 'accepts a reservation equal to the limit',
    doc: ec2([container({ memory: 512, memoryReservation: 512 })]),
    expect: none,
  },
  {
    rule: 'memory-reservation-limit',
    name: 'reports a reservation above the hard limit',
    doc: ec2([container({ memory: 256, memoryReservation: 512 })]),
    expect: [error(at(0, 'memoryReservation'))],
  },
  {
    rule: 'container-memory-minimum',
    name: 'accepts 6 MiB and more',
    doc: ec2([container({ memory: 6, memoryReservation: 6 })]),
    expect: none,
  },
  {
    rule: 'container-memory-minimum',
    name: 'reports memory 0 as an error',
    doc: ec2([container({ memory: 0, memoryReservation: 128 })]),
    expect: [error(at(0, 'memory'))],
  },
  {
    rule: 'container-memory-minimum',
    name: 'warns below 6 MiB',
    doc: ec2([container({ memory: 4, memoryReservation: 2 })]),
    expect: [warning(at(0, 'memory')), warning(at(0, 'memoryReservation'))],
  },
  {
    rule: 'swappiness-needs-max-swap',
    name: 'accepts swappiness with maxSwap',
    doc: ec2([container({ linuxParameters: { maxSwap: 512, swappiness: 10 } })]),
    expect: none,
  },
  {
    rule: 'swappiness-needs-max-swap',
    name: 'warns about swappiness without maxSwap',
    doc: ec2([container({ linuxParameters: { swappiness: 10 } })]),
    expect: [warning(at(0, 'linuxParameters', 'swappiness'))],
  },
  {
    rule: 'health-check-command',
    name: 'accepts a CMD-SHELL health check',
    doc: fargate([container({ healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'] } })]),
    expect: none,
  },
  {
    rule: 'health-check-command',
    name: 'reports a command that does not start with CMD or CMD-SHELL',
    doc: fargate([container({ healthCheck: { command: ['curl', '-f', 'http://localhost/'] } })]),
    expect: [error(at(0, 'healthCheck', 'command', 0))],
  },
  {
    rule: 'health-check-command',
    name: 'reports a marker without a command',
    doc: fargate([container({ healthCheck: { command: ['CMD'] } })]),
    expect: [error(at(0, 'healthCheck', 'command'))],
  },
  {
    rule: 'health-check-command',
    name: 'warns about shell syntax in the exec form',
    doc: fargate([container({ healthCheck: { command: ['CMD', 'curl -f http://localhost/ || exit 1'] } })]),
    expect: [warning(at(0, 'healthCheck', 'command', 0))],
  },
  {
    rule: 'restart-policy',
    name: 'accepts an enabled restart policy with settings',
    doc: ec2([container({ restartPolicy: { enabled: true, restartAttemptPeriod: 60 } })]),
    expect: none,
  },
  {
    rule: 'restart-policy',
    name: 'warns about settings of a disabled restart policy',
    doc: ec2([container({ restartPolicy: { enabled: false, ignoredExitCodes: [0] } })]),
    expect: [warning(at(0, 'restartPolicy', 'ignoredExitCodes'))],
  },
  {
    rule: 'fargate-timeouts',
    name: 'accepts timeouts of 2 to 120 seconds on Fargate',
    doc: fargate([container({ startTimeout: 2, stopTimeout: 120 })]),
    expect: none,
  },
  {
    rule: 'fargate-timeouts',
    name: 'reports a stopTimeout above 120 seconds on Fargate',
    doc: fargate([container({ stopTimeout: 300 })]),
    expect: [error(at(0, 'stopTimeout'))],
  },
  { rule: 'fargate-timeouts', name: 'accepts long timeouts on EC2', doc: ec2([container({ stopTimeout: 300 })]), expect: none },
  {
    rule: 'environment-file-arn',
    name: 'accepts an S3 ARN ending in .env',
    doc: ec2([container({ environmentFiles: [{ type: 's3', value: 'arn:aws:s3:::bucket/app/prod.env' }] })]),
    expect: none,
  },
  {
    rule: 'environment-file-arn',
    name: 'reports an s3:// URL',
    doc: ec2([container({ environmentFiles: [{ type: 's3', value: 's3://bucket/app.env' }] })]),
    expect: [error(at(0, 'environmentFiles', 0, 'value'))],
  },
  {
    rule: 'duplicate-environment-names',
    name: 'accepts distinct variable names',
    doc: ec2([container({ environment: [{ name: 'A', value: '1' }], secrets: [{ name: 'B', valueFrom: SM }] })]),
    expect: none,
  },
  {
    rule: 'duplicate-environment-names',
    name: 'warns about a variable defined twice and a secret with the same name',
    doc: ec2([
      container({
        environment: [
          { name: 'A', value: '1' },
          { name: 'A', value: '2' },
        ],
        secrets: [{ name: 'A', valueFrom: SM }],
      }),
    ]),
    expect: [warning(at(0, 'environment', 1, 'name')), warning(at(0, 'secrets', 0, 'name'))],
  },
  {
    rule: 'secret-value-from',
    name: 'accepts Secrets Manager and SSM ARNs and bare parameter names',
    doc: fargate([
      container({
        secrets: [
          { name: 'A', valueFrom: SM },
          { name: 'B', valueFrom: `${SM}:password::` },
          { name: 'C', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/app/db' },
          { name: 'D', valueFrom: '/app/db/password' },
        ],
      }),
    ]),
    expect: none,
  },
  {
    rule: 'secret-value-from',
    name: 'reports a Secrets Manager ARN without an account',
    doc: fargate([secret('arn:aws:secretsmanager:eu-west-1:secret:db')]),
    expect: [error(at(0, 'secrets', 0, 'valueFrom'))],
  },
  {
    rule: 'secret-value-from',
    name: 'reports a JSON key suffix that drops colons',
    doc: fargate([secret(`${SM}:password`)]),
    expect: [error(at(0, 'secrets', 0, 'valueFrom'))],
    message: /colons/,
  },
  {
    rule: 'secret-value-from',
    name: 'reports both a version stage and a version id',
    doc: fargate([secret(`${SM}:key:AWSCURRENT:v1`)]),
    expect: [error(at(0, 'secrets', 0, 'valueFrom'))],
    message: /mutually exclusive/,
  },
  {
    rule: 'secret-value-from',
    name: 'checks log secretOptions too',
    doc: fargate([
      container({ logConfiguration: { logDriver: 'splunk', secretOptions: [{ name: 'splunk-token', valueFrom: 'my token' }] } }),
    ]),
    expect: [error(at(0, 'logConfiguration', 'secretOptions', 0, 'valueFrom'))],
  },
  {
    rule: 'secret-value-from',
    name: 'skips placeholder references',
    doc: fargate([secret('arn:aws:ssm:${AWS_REGION}:${ACCOUNT}:parameter/x')]),
    expect: none,
  },
  {
    rule: 'credential-specs',
    name: 'accepts an SSM credential spec',
    doc: ec2([container({ credentialSpecs: ['credentialspec:arn:aws:ssm:eu-west-1:123456789012:parameter/gmsa'] })]),
    expect: none,
  },
  {
    rule: 'credential-specs',
    name: 'reports a credential spec file path',
    doc: ec2([container({ credentialSpecs: ['credentialspec:file://gmsa.json'] })]),
    expect: [error(at(0, 'credentialSpecs', 0))],
  },
  { rule: 'awslogs-options', name: 'accepts complete awslogs options', doc: fargate(), expect: none },
  ...containerRuntimeCases,
];
