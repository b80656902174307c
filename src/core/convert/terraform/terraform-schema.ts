/**
 * How the ECS API fields map to the arguments and blocks of the AWS provider's `aws_ecs_task_definition`
 * (hashicorp/terraform-provider-aws, internal/service/ecs/task_definition.go). Containers are one JSON string,
 * `container_definitions`; everything else is an argument (snake_case) or a nested block.
 */

/**
 * - `attr`: an argument holding the value as is; `map`: an argument holding a map (keys kept);
 * - `block`: one nested block; `blocks`: one block per list item;
 * - `tags`: `[{key, value}]` as a map; `name-value-map`: `[{name, value}]` as a map; `host-path`: `host.sourcePath`.
 */
export type TerraformKind = 'attr' | 'map' | 'block' | 'blocks' | 'tags' | 'name-value-map' | 'host-path';

export interface TerraformField {
  /** The provider's argument or block name. */
  name: string;
  kind: TerraformKind;
  /** The fields of a block. */
  fields?: TerraformFields;
}

/** ECS member name → Terraform field, for one API shape. */
export type TerraformFields = Readonly<Record<string, TerraformField>>;

const attr = (name: string): TerraformField => ({ name, kind: 'attr' });

const EFS_AUTHORIZATION: TerraformFields = { accessPointId: attr('access_point_id'), iam: attr('iam') };
const FSX_AUTHORIZATION: TerraformFields = { credentialsParameter: attr('credentials_parameter'), domain: attr('domain') };

const VOLUME: TerraformFields = {
  name: attr('name'),
  host: { name: 'host_path', kind: 'host-path' },
  configuredAtLaunch: attr('configure_at_launch'),
  dockerVolumeConfiguration: {
    name: 'docker_volume_configuration',
    kind: 'block',
    fields: {
      scope: attr('scope'),
      autoprovision: attr('autoprovision'),
      driver: attr('driver'),
      driverOpts: { name: 'driver_opts', kind: 'map' },
      labels: { name: 'labels', kind: 'map' },
    },
  },
  efsVolumeConfiguration: {
    name: 'efs_volume_configuration',
    kind: 'block',
    fields: {
      fileSystemId: attr('file_system_id'),
      rootDirectory: attr('root_directory'),
      transitEncryption: attr('transit_encryption'),
      transitEncryptionPort: attr('transit_encryption_port'),
      authorizationConfig: { name: 'authorization_config', kind: 'block', fields: EFS_AUTHORIZATION },
    },
  },
  fsxWindowsFileServerVolumeConfiguration: {
    name: 'fsx_windows_file_server_volume_configuration',
    kind: 'block',
    fields: {
      fileSystemId: attr('file_system_id'),
      rootDirectory: attr('root_directory'),
      authorizationConfig: { name: 'authorization_config', kind: 'block', fields: FSX_AUTHORIZATION },
    },
  },
};

/** The task-level fields, in the order the exporter writes them; `containerDefinitions` is handled apart. */
export const TASK_FIELDS: TerraformFields = {
  family: attr('family'),
  taskRoleArn: attr('task_role_arn'),
  executionRoleArn: attr('execution_role_arn'),
  networkMode: attr('network_mode'),
  requiresCompatibilities: attr('requires_compatibilities'),
  cpu: attr('cpu'),
  memory: attr('memory'),
  pidMode: attr('pid_mode'),
  ipcMode: attr('ipc_mode'),
  enableFaultInjection: attr('enable_fault_injection'),
  runtimePlatform: {
    name: 'runtime_platform',
    kind: 'block',
    fields: { operatingSystemFamily: attr('operating_system_family'), cpuArchitecture: attr('cpu_architecture') },
  },
  ephemeralStorage: { name: 'ephemeral_storage', kind: 'block', fields: { sizeInGiB: attr('size_in_gib') } },
  proxyConfiguration: {
    name: 'proxy_configuration',
    kind: 'block',
    fields: {
      type: attr('type'),
      containerName: attr('container_name'),
      properties: { name: 'properties', kind: 'name-value-map' },
    },
  },
  inferenceAccelerators: {
    name: 'inference_accelerator',
    kind: 'blocks',
    fields: { deviceName: attr('device_name'), deviceType: attr('device_type') },
  },
  placementConstraints: {
    name: 'placement_constraints',
    kind: 'blocks',
    fields: { type: attr('type'), expression: attr('expression') },
  },
  volumes: { name: 'volume', kind: 'blocks', fields: VOLUME },
  tags: { name: 'tags', kind: 'tags' },
};

export const RESOURCE_TYPE = 'aws_ecs_task_definition';
export const CONTAINER_DEFINITIONS = 'container_definitions';
