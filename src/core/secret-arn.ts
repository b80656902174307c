/**
 * The two kinds of reference a container secret's `valueFrom` holds, built from and split into parts:
 *
 *   arn:<partition>:ssm:<region>:<account>:parameter/<name>            (SSM Parameter Store)
 *   arn:<partition>:secretsmanager:<region>:<account>:secret:<name>[:<json-key>:<version-stage>:<version-id>]
 *
 * For Secrets Manager the three suffix parts go together: once one is set all three colons are written,
 * empty parts included (`:password::` picks a JSON key of the current version). A version stage and a
 * version id cannot both be given.
 */

export type SecretStore = 'ssm' | 'secretsmanager';

export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'] as const;

export interface SecretArnParts {
  store: SecretStore;
  partition: string;
  region: string;
  account: string;
  /** SSM: the parameter name, with its leading `/` when hierarchical. Secrets Manager: the secret name (or name-suffix). */
  name: string;
  /** Secrets Manager only: the key inside a JSON secret to inject instead of the whole value. */
  jsonKey?: string;
  /** Secrets Manager only: the staging label (AWSCURRENT, AWSPREVIOUS …); excludes `versionId`. */
  versionStage?: string;
  /** Secrets Manager only: the version's unique id; excludes `versionStage`. */
  versionId?: string;
}

export type SecretArnField = 'partition' | 'region' | 'account' | 'name' | 'jsonKey' | 'versionStage' | 'versionId';
/** A problem with one part, phrased to show next to that part's input. */
export type SecretArnProblems = Partial<Record<SecretArnField, string>>;

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const ACCOUNT = /^\d{12}$/;
const SSM_NAME = /^\/?[A-Za-z0-9_.\-/]+$/;
const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]+$/;

/** The region prefix each partition's regions start with (`aws` takes every other). */
const PARTITION_OF_REGION: [prefix: string, partition: string][] = [
  ['cn-', 'aws-cn'],
  ['us-gov-', 'aws-us-gov'],
];

function expectedPartition(region: string): string {
  return PARTITION_OF_REGION.find(([prefix]) => region.startsWith(prefix))?.[1] ?? 'aws';
}

/** What is wrong with each part, or an empty object when the parts make a valid reference. */
export function secretArnProblems(parts: SecretArnParts): SecretArnProblems {
  const problems: SecretArnProblems = {};
  if (!(PARTITIONS as readonly string[]).includes(parts.partition)) problems.partition = `Use one of ${PARTITIONS.join(', ')}.`;
  if (parts.region === '') problems.region = 'Enter the Region, e.g. us-east-1.';
  else if (!REGION.test(parts.region)) problems.region = 'A Region looks like us-east-1 or eu-central-2.';
  else if (!problems.partition && expectedPartition(parts.region) !== parts.partition) {
    problems.region = `${parts.region} is in the ${expectedPartition(parts.region)} partition, not ${parts.partition}.`;
  }
  if (parts.account === '') problems.account = 'Enter the 12-digit account ID.';
  else if (!ACCOUNT.test(parts.account)) problems.account = 'An account ID is exactly 12 digits.';
  if (parts.store === 'ssm') {
    if (parts.name === '') problems.name = 'Enter the parameter name.';
    else if (!SSM_NAME.test(parts.name)) problems.name = 'Parameter names use letters, digits and _ . - /.';
    else if (parts.name.includes('/') && !parts.name.startsWith('/')) problems.name = 'A hierarchical parameter name starts with /.';
  } else {
    if (parts.name === '') problems.name = 'Enter the secret name or ARN suffix.';
    else if (!SECRET_NAME.test(parts.name)) problems.name = 'Secret names use letters, digits and / _ + = . @ -.';
    for (const field of ['jsonKey', 'versionStage', 'versionId'] as const) {
      if (parts[field]?.includes(':')) problems[field] = 'Cannot contain a colon.';
    }
    if (parts.versionStage && parts.versionId) problems.versionId = 'Give a version stage or a version ID, not both.';
  }
  return problems;
}

/** The `valueFrom` ARN for the parts (built even when some are invalid, so the preview follows the typing). */
export function buildSecretArn(parts: SecretArnParts): string {
  const prefix = `arn:${parts.partition}:${parts.store}:${parts.region}:${parts.account}`;
  if (parts.store === 'ssm') return `${prefix}:parameter/${parts.name.replace(/^\//, '')}`;
  const suffix = [parts.jsonKey ?? '', parts.versionStage ?? '', parts.versionId ?? ''];
  return `${prefix}:secret:${parts.name}${suffix.some(Boolean) ? `:${suffix.join(':')}` : ''}`;
}

const ARN = /^arn:([^:]*):(ssm|secretsmanager):([^:]*):([^:]*):(.*)$/;

/** Splits a `valueFrom` ARN back into parts, or `undefined` when it is not an SSM or Secrets Manager ARN. */
export function parseSecretArn(arn: string): SecretArnParts | undefined {
  const match = ARN.exec(arn.trim());
  if (!match) return undefined;
  const [, partition = '', store, region = '', account = '', resource = ''] = match;
  if (store === 'ssm') {
    if (!resource.startsWith('parameter/')) return undefined;
    const path = resource.slice('parameter/'.length);
    // Hierarchical names lose their leading slash in the ARN; a name with a slash always has one.
    return { store, partition, region, account, name: path.includes('/') ? `/${path}` : path };
  }
  if (!resource.startsWith('secret:')) return undefined;
  const [name = '', jsonKey, versionStage, versionId] = resource.slice('secret:'.length).split(':');
  const parts: SecretArnParts = { store: 'secretsmanager', partition, region, account, name };
  if (jsonKey) parts.jsonKey = jsonKey;
  if (versionStage) parts.versionStage = versionStage;
  if (versionId) parts.versionId = versionId;
  return parts;
}

/** Regions offered as suggestions in the ARN builder (any well-formed Region is accepted). */
// prettier-ignore
export const KNOWN_REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1', 'sa-east-1', 'mx-central-1',
  'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2',
  'af-south-1', 'me-south-1', 'me-central-1', 'il-central-1', 'ap-east-1', 'ap-east-2', 'ap-south-1', 'ap-south-2',
  'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3',
  'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-7', 'cn-north-1', 'cn-northwest-1', 'us-gov-west-1', 'us-gov-east-1',
] as const;

/** The partition a Region belongs to (`aws` unless it is a China or GovCloud Region). */
export function partitionOfRegion(region: string): string {
  return expectedPartition(region);
}
