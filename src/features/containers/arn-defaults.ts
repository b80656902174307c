import type { JsonObject } from '../../core/issues';
import { partitionOfRegion, type SecretArnParts } from '../../core/secret-arn';
import { asObject, selectContainers } from '../../document/selectors';

type Defaults = Pick<SecretArnParts, 'partition' | 'region' | 'account'>;

/** What the last built ARN used, so building several secrets in a row asks for the account once. */
let lastUsed: Partial<Defaults> = {};

export function rememberArnDefaults(parts: Defaults): void {
  lastUsed = { partition: parts.partition, region: parts.region, account: parts.account };
}

const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):/;

/**
 * Partition, Region and account for a new secret reference: the last ones used, else what the document
 * already tells (the account and partition of its role ARNs, the Region of an awslogs configuration).
 */
export function guessArnDefaults(doc: JsonObject): Defaults {
  const role = [doc.executionRoleArn, doc.taskRoleArn].find((arn) => typeof arn === 'string' && ROLE_ARN.test(arn));
  const [, rolePartition, roleAccount] = typeof role === 'string' ? ROLE_ARN.exec(role)! : [];
  const logRegion = selectContainers(doc)
    .map((container) => asObject(asObject(asObject(container).logConfiguration).options)['awslogs-region'])
    .find((region): region is string => typeof region === 'string' && region !== '' && !region.includes('$'));
  const region = lastUsed.region ?? logRegion ?? '';
  return {
    partition: lastUsed.partition ?? rolePartition ?? (region ? partitionOfRegion(region) : 'aws'),
    region,
    account: lastUsed.account ?? roleAccount ?? '',
  };
}
