import { z } from 'zod';
import { intIn, nameString, opt, req, stringMap } from './common';
import { efsAuthorizationConfigIamSchema, efsTransitEncryptionSchema, scopeSchema } from './enums';

/** HostVolumeProperties: a bind mount from the host. */
export const hostVolumePropertiesSchema = z.strictObject({
  sourcePath: opt(z.string(), 'Path on the host; omit for a Docker-managed path (not on Fargate).'),
});
export type HostVolumeProperties = z.infer<typeof hostVolumePropertiesSchema>;

/** DockerVolumeConfiguration: a Docker volume created by a volume driver. */
export const dockerVolumeConfigurationSchema = z.strictObject({
  scope: opt(scopeSchema, 'task: removed with the task; shared: kept after the task stops.'),
  autoprovision: opt(z.boolean(), 'Create the volume if it does not exist (scope shared only).'),
  driver: opt(z.string(), 'Docker volume driver, e.g. local or rexray/ebs.'),
  driverOpts: opt(stringMap(), 'Options passed to the volume driver.'),
  labels: opt(stringMap(), 'Labels put on the Docker volume.'),
});
export type DockerVolumeConfiguration = z.infer<typeof dockerVolumeConfigurationSchema>;

/** EFSAuthorizationConfig: how the task authenticates to EFS. */
export const efsAuthorizationConfigSchema = z.strictObject({
  accessPointId: opt(z.string(), 'EFS access point id (fsap-...); needs transitEncryption ENABLED.'),
  iam: opt(efsAuthorizationConfigIamSchema, 'ENABLED uses the task role for EFS access (needs transit encryption).'),
});
export type EfsAuthorizationConfig = z.infer<typeof efsAuthorizationConfigSchema>;

/** EFSVolumeConfiguration: an Amazon EFS file system. */
export const efsVolumeConfigurationSchema = z.strictObject({
  fileSystemId: req(z.string(), 'EFS file system id (fs-...).'),
  rootDirectory: opt(z.string(), 'Directory of the file system to mount; omit or "/" with an access point.'),
  transitEncryption: opt(efsTransitEncryptionSchema, 'Encrypt traffic to EFS (default DISABLED).'),
  transitEncryptionPort: opt(intIn(1, 65535), 'Local port used by the EFS mount helper for encrypted traffic.'),
  authorizationConfig: opt(efsAuthorizationConfigSchema, 'Access point and IAM settings.'),
});
export type EfsVolumeConfiguration = z.infer<typeof efsVolumeConfigurationSchema>;

/** S3FilesVolumeConfiguration: an Amazon S3 Files file system (needs taskRoleArn). */
export const s3filesVolumeConfigurationSchema = z.strictObject({
  fileSystemArn: req(z.string(), 'S3 Files file system ARN (arn:<partition>:s3files:<region>:<account>:file-system/fs-...).'),
  rootDirectory: opt(z.string(), 'Directory to mount; omit or "/" with an access point.'),
  transitEncryptionPort: opt(intIn(1, 65535), 'Local port used for encrypted traffic.'),
  accessPointArn: opt(z.string(), 'S3 Files access point ARN.'),
});
export type S3filesVolumeConfiguration = z.infer<typeof s3filesVolumeConfigurationSchema>;

/** FSxWindowsFileServerAuthorizationConfig: Active Directory credentials for FSx. */
export const fsxWindowsFileServerAuthorizationConfigSchema = z.strictObject({
  credentialsParameter: req(z.string(), 'Secrets Manager or SSM parameter ARN holding the AD credentials.'),
  domain: req(z.string(), 'Fully qualified Active Directory domain name.'),
});
export type FsxWindowsFileServerAuthorizationConfig = z.infer<typeof fsxWindowsFileServerAuthorizationConfigSchema>;

/** FSxWindowsFileServerVolumeConfiguration: an FSx for Windows File Server share (Windows only). */
export const fsxWindowsFileServerVolumeConfigurationSchema = z.strictObject({
  fileSystemId: req(z.string(), 'FSx for Windows File Server file system id.'),
  rootDirectory: req(z.string(), 'Directory of the share to mount.'),
  authorizationConfig: req(fsxWindowsFileServerAuthorizationConfigSchema, 'Active Directory credentials.'),
});
export type FsxWindowsFileServerVolumeConfiguration = z.infer<typeof fsxWindowsFileServerVolumeConfigurationSchema>;

/** Volume: a data volume that containers mount by name; set at most one configuration. */
export const volumeSchema = z.strictObject({
  name: opt(nameString(), 'Volume name referenced by mountPoints[].sourceVolume.'),
  host: opt(hostVolumePropertiesSchema, 'Bind mount from the host; {} for a Docker-managed path.'),
  dockerVolumeConfiguration: opt(dockerVolumeConfigurationSchema, 'Docker volume (not on Fargate).'),
  efsVolumeConfiguration: opt(efsVolumeConfigurationSchema, 'Amazon EFS file system.'),
  s3filesVolumeConfiguration: opt(s3filesVolumeConfigurationSchema, 'Amazon S3 Files file system (needs taskRoleArn).'),
  fsxWindowsFileServerVolumeConfiguration: opt(
    fsxWindowsFileServerVolumeConfigurationSchema,
    'FSx for Windows File Server share (Windows containers only).',
  ),
  configuredAtLaunch: opt(z.boolean(), 'The volume (an EBS volume) is supplied when the task or service is created; at most one per task.'),
});
export type Volume = z.infer<typeof volumeSchema>;
