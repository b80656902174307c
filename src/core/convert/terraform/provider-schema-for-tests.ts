/**
 * The argument and block names of `aws_ecs_task_definition` in the Terraform AWS provider (hashicorp/terraform-provider-aws,
 * internal/service/ecs/task_definition.go, 2025: with enable_fault_injection, track_latest and volume.configure_at_launch),
 * written down by hand from its schema for the tests: there is no npm package holding the provider's schema.
 */
export interface ProviderBlock {
  attributes: readonly string[];
  blocks: Readonly<Record<string, ProviderBlock>>;
}

const leaf = (...attributes: string[]): ProviderBlock => ({ attributes, blocks: {} });

export const PROVIDER_SCHEMA: ProviderBlock = {
  attributes: [
    'container_definitions',
    'cpu',
    'enable_fault_injection',
    'execution_role_arn',
    'family',
    'ipc_mode',
    'memory',
    'network_mode',
    'pid_mode',
    'requires_compatibilities',
    'skip_destroy',
    'tags',
    'task_role_arn',
    'track_latest',
  ],
  blocks: {
    ephemeral_storage: leaf('size_in_gib'),
    inference_accelerator: leaf('device_name', 'device_type'),
    placement_constraints: leaf('expression', 'type'),
    proxy_configuration: leaf('container_name', 'properties', 'type'),
    runtime_platform: leaf('cpu_architecture', 'operating_system_family'),
    volume: {
      attributes: ['configure_at_launch', 'host_path', 'name'],
      blocks: {
        docker_volume_configuration: leaf('autoprovision', 'driver', 'driver_opts', 'labels', 'scope'),
        efs_volume_configuration: {
          attributes: ['file_system_id', 'root_directory', 'transit_encryption', 'transit_encryption_port'],
          blocks: { authorization_config: leaf('access_point_id', 'iam') },
        },
        fsx_windows_file_server_volume_configuration: {
          attributes: ['file_system_id', 'root_directory'],
          blocks: { authorization_config: leaf('credentials_parameter', 'domain') },
        },
      },
    },
  },
};
