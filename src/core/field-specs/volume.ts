/**
 * Volume fields: the name and one configuration per kind (bind mount, Docker volume, EFS, S3 Files,
 * FSx for Windows File Server, configured at launch). A volume has at most one of them (R-TD-13).
 */
import type { JsonObject, JsonValue } from '../issues';
import { apiDocs } from './docs';
import type { FieldSpec, SectionSpec } from './types';

const DOCKER = apiDocs('DockerVolumeConfiguration');
const EFS = apiDocs('EFSVolumeConfiguration');
const EFS_AUTH = apiDocs('EFSAuthorizationConfig');
const S3FILES = apiDocs('S3FilesVolumeConfiguration');
const FSX = apiDocs('FSxWindowsFileServerVolumeConfiguration');
const FSX_AUTH = apiDocs('FSxWindowsFileServerAuthorizationConfig');

export const volumeNameField: FieldSpec = {
  key: 'name',
  kind: 'text',
  label: 'Volume name',
  help: 'Mount points name the volume by this; renaming updates them.',
  docs: apiDocs('Volume'),
};

/** One kind of volume: the member of `Volume` that configures it. */
export interface VolumeKind {
  id: 'host' | 'docker' | 'efs' | 's3files' | 'fsx' | 'launch';
  /** The chooser's label. */
  label: string;
  /** The member of `Volume` this kind sets. */
  key: string;
  /** What choosing this kind writes under `key`. */
  initial: JsonValue;
  /** The kind's configuration: an object spec (its fields are shown flat) or, for `configuredAtLaunch`, a boolean. */
  field: FieldSpec;
}

const hostField: FieldSpec = {
  key: 'host',
  kind: 'object',
  label: 'Bind mount',
  help: 'A directory on the host; empty: Docker picks one that lives as long as the task.',
  docs: apiDocs('HostVolumeProperties'),
  fields: [
    {
      key: 'sourcePath',
      kind: 'text',
      label: 'Host source path',
      help: 'Path on the instance to mount; empty for task-scoped storage (the only choice on Fargate).',
      docs: apiDocs('HostVolumeProperties'),
      placeholder: '/ecs/data (empty: Docker chooses)',
      keywords: ['bind mount'],
    },
  ],
};

const dockerField: FieldSpec = {
  key: 'dockerVolumeConfiguration',
  kind: 'object',
  label: 'Docker volume',
  help: 'A volume managed by a Docker volume driver on the instance.',
  docs: DOCKER,
  fields: [
    {
      key: 'scope',
      kind: 'enum',
      label: 'Scope',
      help: 'task: removed when the task stops; shared: kept after it.',
      docs: DOCKER,
      options: ['task', 'shared'],
    },
    {
      key: 'autoprovision',
      kind: 'boolean',
      default: false,
      label: 'Create if missing (autoprovision)',
      help: 'Create a shared volume that does not exist yet.',
      docs: DOCKER,
    },
    {
      key: 'driver',
      kind: 'text',
      label: 'Driver',
      help: 'Docker volume plugin; "local" is built in (and the only one on Windows).',
      docs: DOCKER,
      suggestions: ['local'],
      placeholder: 'local',
    },
    {
      key: 'driverOpts',
      kind: 'map',
      label: 'Driver options',
      help: 'Options passed to the driver (docker volume create --opt).',
      docs: DOCKER,
    },
    { key: 'labels', kind: 'map', label: 'Volume labels', help: 'Docker labels put on the volume.', docs: DOCKER },
  ],
};

const efsField: FieldSpec = {
  key: 'efsVolumeConfiguration',
  kind: 'object',
  label: 'Amazon EFS',
  help: 'An Amazon EFS file system, shared between tasks and kept after them.',
  docs: EFS,
  fields: [
    {
      key: 'fileSystemId',
      kind: 'text',
      label: 'File system ID',
      help: 'The EFS file system, fs-…',
      docs: EFS,
      placeholder: 'fs-0123456789abcdef0',
    },
    {
      key: 'rootDirectory',
      kind: 'text',
      label: 'Root directory',
      help: 'Directory of the file system to mount; / when not set.',
      docs: EFS,
      placeholder: '/',
    },
    {
      key: 'transitEncryption',
      kind: 'enum',
      label: 'Transit encryption',
      help: 'Encrypt traffic to EFS; required with an access point or IAM authorization.',
      docs: EFS,
      options: ['ENABLED', 'DISABLED'],
      emptyLabel: '(not set: DISABLED)',
      keywords: ['tls'],
    },
    {
      key: 'transitEncryptionPort',
      kind: 'number',
      label: 'Transit encryption port',
      help: 'Port for the encrypted traffic; the mount helper picks one when not set.',
      docs: EFS,
    },
    {
      key: 'authorizationConfig',
      kind: 'object',
      label: 'Authorization',
      help: 'Access point and IAM authorization for the mount.',
      docs: EFS_AUTH,
      fields: [
        {
          key: 'accessPointId',
          kind: 'text',
          label: 'Access point ID',
          help: 'An EFS access point, fsap-…',
          docs: EFS_AUTH,
          placeholder: 'fsap-0123456789abcdef0',
        },
        {
          key: 'iam',
          kind: 'enum',
          label: 'IAM authorization',
          help: 'Mount with the task role’s IAM identity.',
          docs: EFS_AUTH,
          options: ['ENABLED', 'DISABLED'],
          emptyLabel: '(not set: DISABLED)',
        },
      ],
    },
  ],
};

const s3filesField: FieldSpec = {
  key: 's3filesVolumeConfiguration',
  kind: 'object',
  label: 'Amazon S3 Files',
  help: 'An Amazon S3 Files file system; the task definition needs a task role.',
  docs: S3FILES,
  fields: [
    {
      key: 'fileSystemArn',
      kind: 'text',
      label: 'File system ARN',
      help: 'arn:aws:s3files:region:account:file-system/fs-…',
      docs: S3FILES,
    },
    {
      key: 'rootDirectory',
      kind: 'text',
      label: 'Root directory',
      help: 'Directory to mount; / when not set.',
      docs: S3FILES,
      placeholder: '/',
    },
    {
      key: 'transitEncryptionPort',
      kind: 'number',
      label: 'Transit encryption port',
      help: 'Port for the encrypted traffic.',
      docs: S3FILES,
    },
    { key: 'accessPointArn', kind: 'text', label: 'Access point ARN', help: 'An S3 Files access point to mount through.', docs: S3FILES },
  ],
};

const fsxField: FieldSpec = {
  key: 'fsxWindowsFileServerVolumeConfiguration',
  kind: 'object',
  label: 'FSx for Windows File Server',
  help: 'An SMB share on Amazon FSx for Windows File Server (Windows tasks).',
  docs: FSX,
  fields: [
    {
      key: 'fileSystemId',
      kind: 'text',
      label: 'File system ID',
      help: 'The FSx file system, fs-…',
      docs: FSX,
      placeholder: 'fs-0123456789abcdef0',
    },
    { key: 'rootDirectory', kind: 'text', label: 'Root directory', help: 'Share directory to mount.', docs: FSX, placeholder: 'share' },
    {
      key: 'authorizationConfig',
      kind: 'object',
      label: 'Authorization',
      help: 'Active Directory credentials for the share.',
      docs: FSX_AUTH,
      fields: [
        {
          key: 'credentialsParameter',
          kind: 'text',
          label: 'Credentials ARN',
          help: 'Secrets Manager secret or SSM parameter holding the domain user’s credentials.',
          docs: FSX_AUTH,
        },
        {
          key: 'domain',
          kind: 'text',
          label: 'Domain',
          help: 'Fully qualified Active Directory domain name.',
          docs: FSX_AUTH,
          placeholder: 'corp.example.com',
        },
      ],
    },
  ],
};

const launchField: FieldSpec = {
  key: 'configuredAtLaunch',
  kind: 'boolean',
  default: false,
  label: 'Configured at launch',
  help: 'An EBS volume given when the task or service is started; at most one per task definition.',
  docs: apiDocs('Volume'),
  keywords: ['ebs'],
};

export const volumeKinds: readonly VolumeKind[] = [
  { id: 'host', label: 'Bind mount (host)', key: 'host', initial: {}, field: hostField },
  {
    id: 'docker',
    label: 'Docker volume',
    key: 'dockerVolumeConfiguration',
    initial: { scope: 'task', driver: 'local' },
    field: dockerField,
  },
  { id: 'efs', label: 'Amazon EFS', key: 'efsVolumeConfiguration', initial: { fileSystemId: '' }, field: efsField },
  { id: 's3files', label: 'Amazon S3 Files', key: 's3filesVolumeConfiguration', initial: { fileSystemArn: '' }, field: s3filesField },
  {
    id: 'fsx',
    label: 'FSx for Windows File Server',
    key: 'fsxWindowsFileServerVolumeConfiguration',
    initial: { fileSystemId: '', rootDirectory: '', authorizationConfig: { credentialsParameter: '', domain: '' } },
    field: fsxField,
  },
  { id: 'launch', label: 'Configured at launch (EBS)', key: 'configuredAtLaunch', initial: true, field: launchField },
];

/** The kind of a volume: the first configuration member it has; none means a bind mount (R-TD-13). */
export function volumeKindOf(volume: JsonObject): VolumeKind {
  return volumeKinds.find((kind) => volume[kind.key] !== undefined) ?? volumeKinds[0]!;
}

/** Volume fields as sections (one per kind), for the field search and the coverage checks. */
export const volumeSections: readonly SectionSpec[] = [
  { id: 'volume', title: 'Volume', fields: [volumeNameField] },
  ...volumeKinds.map((kind) => ({ id: `volume-${kind.id}`, title: kind.label, fields: [kind.field] })),
];
