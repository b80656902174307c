import { z } from 'zod';
import { int32, nameString, opt, stringList, stringMap } from './common';
import {
  containerDependencySchema,
  hostEntrySchema,
  mountPointSchema,
  systemControlSchema,
  ulimitSchema,
  volumeFromSchema,
} from './container-parts';
import { versionConsistencySchema } from './enums';
import { containerRestartPolicySchema, healthCheckSchema } from './health-check';
import { environmentFileSchema, keyValuePairSchema, repositoryCredentialsSchema, secretSchema } from './key-value';
import { linuxParametersSchema } from './linux-parameters';
import { firelensConfigurationSchema, logConfigurationSchema } from './logging';
import { portMappingSchema } from './port-mapping';
import { resourceRequirementSchema } from './resource-requirement';

/**
 * `repository[:tag]` of up to 255 characters from letters, digits and `- _ : . / #`,
 * optionally followed by `@sha256:` and 64 hex digits.
 */
const IMAGE_PATTERN = /^[A-Za-z0-9_:./#-]{1,255}(?:@sha256:[0-9a-fA-F]{64})?$/;

const DOCKER_SECURITY_OPTION = /^(?:no-new-privileges|apparmor:.+|label:.+|credentialspec:.+)$/;

const CREDENTIAL_SPEC = /^credentialspec(?:domainless)?:arn:\S+$/;

/** ContainerDefinition: one container of the task. */
export const containerDefinitionSchema = z.strictObject({
  name: opt(nameString(), 'Container name, unique in the task: 1-255 letters, digits, hyphens, underscores. Required by ECS.'),
  image: opt(
    z.string().regex(IMAGE_PATTERN, {
      error: 'repository[:tag] of up to 255 letters, digits and - _ : . / #, optionally @sha256:<64 hex digits>',
    }),
    'Image to run: repository-url/image:tag or image@sha256:digest. Required by ECS.',
  ),
  repositoryCredentials: opt(repositoryCredentialsSchema, 'Login for a private registry (needs executionRoleArn).'),
  cpu: opt(int32(), 'CPU units reserved for the container (1024 = 1 vCPU).'),
  memory: opt(int32(), 'Hard memory limit in MiB; the container is killed above it.'),
  memoryReservation: opt(int32(), 'Soft memory limit in MiB, reserved on the instance.'),
  links: opt(stringList(), 'Other containers to link, as "name" or "name:alias" (bridge mode only).'),
  portMappings: opt(z.array(portMappingSchema), 'Ports the container exposes.'),
  essential: opt(z.boolean(), 'If this container stops, the whole task stops (default true).'),
  restartPolicy: opt(containerRestartPolicySchema, 'Restart the container in place when it exits.'),
  entryPoint: opt(stringList(), 'Overrides the image ENTRYPOINT; one array element per argument.'),
  command: opt(stringList(), 'Overrides the image CMD; one array element per argument.'),
  environment: opt(z.array(keyValuePairSchema), 'Environment variables as name/value pairs.'),
  environmentFiles: opt(
    z.array(environmentFileSchema).max(10),
    'S3 .env files loaded into the environment (at most 10; environment wins on duplicates).',
  ),
  mountPoints: opt(z.array(mountPointSchema), 'Task volumes mounted into this container.'),
  volumesFrom: opt(z.array(volumeFromSchema), 'Containers whose volumes are mounted into this one.'),
  linuxParameters: opt(linuxParametersSchema, 'Linux-only settings: capabilities, devices, tmpfs, swap, init.'),
  secrets: opt(z.array(secretSchema), 'Secrets injected as environment variables (needs executionRoleArn).'),
  dependsOn: opt(z.array(containerDependencySchema), 'Containers that must reach a condition before this one starts.'),
  startTimeout: opt(int32(), 'Seconds to wait for dependencies before giving up (Fargate 2-120).'),
  stopTimeout: opt(int32(), 'Seconds to wait after SIGTERM before SIGKILL (Fargate max 120, default 30).'),
  versionConsistency: opt(
    versionConsistencySchema,
    'enabled (default): resolve the image tag to a digest at deployment; disabled: pull the tag each time.',
  ),
  hostname: opt(z.string(), 'Host name inside the container (not with awsvpc).'),
  user: opt(z.string(), 'User to run as: user, user:group, uid, uid:gid, user:gid or uid:group (Linux only).'),
  workingDirectory: opt(z.string(), 'Working directory for the entry point and command.'),
  disableNetworking: opt(z.boolean(), 'Turn networking off inside the container (EC2 Linux only).'),
  privileged: opt(z.boolean(), 'Give the container root-like access to the host (not on Fargate).'),
  readonlyRootFilesystem: opt(z.boolean(), 'Mount the root file system read-only.'),
  dnsServers: opt(stringList(), 'DNS server addresses (not on Fargate).'),
  dnsSearchDomains: opt(stringList(), 'DNS search domains (not on Fargate).'),
  extraHosts: opt(z.array(hostEntrySchema), 'Extra /etc/hosts entries (not with awsvpc).'),
  dockerSecurityOptions: opt(
    z.array(
      z.string().regex(DOCKER_SECURITY_OPTION, {
        error: '"no-new-privileges", "apparmor:PROFILE", "label:value" or "credentialspec:PATH"',
      }),
    ),
    'SELinux/AppArmor labels and similar: no-new-privileges, apparmor:P, label:V, credentialspec:P.',
  ),
  interactive: opt(z.boolean(), 'Keep stdin open (docker run -i).'),
  pseudoTerminal: opt(z.boolean(), 'Allocate a TTY (docker run -t).'),
  dockerLabels: opt(stringMap(), 'Docker labels as string key/value pairs.'),
  ulimits: opt(z.array(ulimitSchema), 'Resource limits (Linux only).'),
  logConfiguration: opt(logConfigurationSchema, 'Log driver and its options.'),
  healthCheck: opt(healthCheckSchema, 'Container health check.'),
  systemControls: opt(z.array(systemControlSchema), 'Namespaced kernel parameters (sysctls).'),
  resourceRequirements: opt(z.array(resourceRequirementSchema), 'GPUs, Neuron devices or inference accelerators for the container.'),
  firelensConfiguration: opt(firelensConfigurationSchema, 'Makes this container the FireLens log router.'),
  credentialSpecs: opt(
    z
      .array(
        z.string().regex(CREDENTIAL_SPEC, {
          error: '"credentialspec:<ARN>" or "credentialspecdomainless:<ARN>" with an SSM or S3 ARN',
        }),
      )
      .max(1),
    'Active Directory credential spec for gMSA (at most one).',
  ),
});
export type ContainerDefinition = z.infer<typeof containerDefinitionSchema>;
