import { describe, expect, it } from 'vitest';
import { buildSecretArn, parseSecretArn, secretArnProblems, type SecretArnParts } from './secret-arn';

const ssm: SecretArnParts = { store: 'ssm', partition: 'aws', region: 'us-east-1', account: '123456789012', name: 'db-password' };
const sm: SecretArnParts = {
  store: 'secretsmanager',
  partition: 'aws',
  region: 'eu-west-1',
  account: '123456789012',
  name: 'prod/db-AbCdEf',
};

describe('buildSecretArn', () => {
  it.each<[string, SecretArnParts, string]>([
    ['an SSM parameter', ssm, 'arn:aws:ssm:us-east-1:123456789012:parameter/db-password'],
    [
      'a hierarchical SSM parameter without doubling its slash',
      { ...ssm, name: '/prod/db/password' },
      'arn:aws:ssm:us-east-1:123456789012:parameter/prod/db/password',
    ],
    [
      'an SSM parameter in China',
      { ...ssm, partition: 'aws-cn', region: 'cn-north-1' },
      'arn:aws-cn:ssm:cn-north-1:123456789012:parameter/db-password',
    ],
    ['a whole secret', sm, 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf'],
    [
      'a JSON key of a secret, keeping the empty parts’ colons',
      { ...sm, jsonKey: 'password' },
      'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf:password::',
    ],
    [
      'a version stage',
      { ...sm, versionStage: 'AWSPREVIOUS' },
      'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf::AWSPREVIOUS:',
    ],
    ['a version id', { ...sm, versionId: '0a1b2c3d' }, 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf:::0a1b2c3d'],
    [
      'a JSON key of one stage',
      { ...sm, jsonKey: 'user', versionStage: 'AWSCURRENT' },
      'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf:user:AWSCURRENT:',
    ],
    [
      'a secret when the suffix parts are empty strings',
      { ...sm, jsonKey: '', versionStage: '', versionId: '' },
      'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf',
    ],
  ])('builds %s', (_, parts, arn) => {
    expect(buildSecretArn(parts)).toBe(arn);
    expect(secretArnProblems(parts)).toEqual({});
  });

  it('ignores Secrets Manager suffixes for an SSM parameter', () => {
    expect(buildSecretArn({ ...ssm, jsonKey: 'x' })).toBe('arn:aws:ssm:us-east-1:123456789012:parameter/db-password');
  });
});

describe('parseSecretArn', () => {
  it.each([
    ['arn:aws:ssm:us-east-1:123456789012:parameter/db-password', ssm],
    ['arn:aws:ssm:us-east-1:123456789012:parameter/prod/db/password', { ...ssm, name: '/prod/db/password' }],
    ['arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf', sm],
    ['arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf:password::', { ...sm, jsonKey: 'password' }],
    ['arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf::AWSPREVIOUS:', { ...sm, versionStage: 'AWSPREVIOUS' }],
    ['arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf:::v1', { ...sm, versionId: 'v1' }],
    ['  arn:aws:ssm:us-east-1:123456789012:parameter/db-password  ', ssm],
  ])('splits %s', (arn, parts) => {
    expect(parseSecretArn(arn)).toEqual(parts);
  });

  it.each([
    'db-password',
    '',
    'arn:aws:s3:::bucket/key',
    'arn:aws:ssm:us-east-1:123456789012:document/x',
    'arn:aws:secretsmanager:us-east-1:123456789012:db',
  ])('does not take %j for a secret reference', (text) => {
    expect(parseSecretArn(text)).toBeUndefined();
  });

  it('gives back what it was built from', () => {
    const parts: SecretArnParts = { ...sm, partition: 'aws-us-gov', region: 'us-gov-west-1', jsonKey: 'k', versionId: 'id' };
    expect(parseSecretArn(buildSecretArn(parts))).toEqual(parts);
  });
});

describe('secretArnProblems', () => {
  it('reports each missing part at that part', () => {
    expect(secretArnProblems({ ...ssm, region: '', account: '', name: '' })).toEqual({
      region: 'Enter the Region, e.g. us-east-1.',
      account: 'Enter the 12-digit account ID.',
      name: 'Enter the parameter name.',
    });
  });

  it('rejects an account that is not 12 digits and a region that is not one', () => {
    expect(secretArnProblems({ ...ssm, account: '12345', region: 'useast1' })).toEqual({
      account: 'An account ID is exactly 12 digits.',
      region: 'A Region looks like us-east-1 or eu-central-2.',
    });
  });

  it('rejects a region of another partition', () => {
    expect(secretArnProblems({ ...ssm, region: 'cn-north-1' }).region).toBe('cn-north-1 is in the aws-cn partition, not aws.');
    expect(secretArnProblems({ ...ssm, partition: 'aws-us-gov', region: 'us-east-1' }).region).toMatch(/in the aws partition/);
  });

  it('rejects a version stage together with a version id', () => {
    expect(secretArnProblems({ ...sm, versionStage: 'AWSCURRENT', versionId: 'abc' })).toEqual({
      versionId: 'Give a version stage or a version ID, not both.',
    });
  });

  it('rejects colons inside suffix parts and bad names', () => {
    expect(secretArnProblems({ ...sm, name: 'a:b', jsonKey: 'x:y' })).toEqual({
      name: 'Secret names use letters, digits and / _ + = . @ -.',
      jsonKey: 'Cannot contain a colon.',
    });
    expect(secretArnProblems({ ...ssm, name: 'prod/db' }).name).toBe('A hierarchical parameter name starts with /.');
    expect(secretArnProblems({ ...ssm, partition: 'aws-iso' }).partition).toBe('Use one of aws, aws-cn, aws-us-gov.');
  });
});
