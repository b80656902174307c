import { z } from 'zod';
import { opt, req } from './common';
import { environmentFileTypeSchema } from './enums';

/** KeyValuePair: an environment variable, or an App Mesh proxy property. */
export const keyValuePairSchema = z.strictObject({
  name: opt(z.string(), 'Variable or property name.'),
  value: opt(z.string(), 'Value, always a string (quote numbers and booleans).'),
});
export type KeyValuePair = z.infer<typeof keyValuePairSchema>;

/** Secret: a Secrets Manager or SSM Parameter Store value injected by the ECS agent. */
export const secretSchema = z.strictObject({
  name: req(z.string(), 'Name of the environment variable (or log option) that receives the secret.'),
  valueFrom: req(z.string(), 'Secrets Manager secret ARN (optionally :json-key:version-stage:version-id) or SSM parameter ARN/name.'),
});
export type Secret = z.infer<typeof secretSchema>;

/** `arn:<partition>:s3:::bucket/key.env` */
const S3_ENV_FILE_ARN = /^arn:[a-z0-9-]+:s3:::\S+\.env$/;

/** EnvironmentFile: an S3 object with KEY=VALUE lines, loaded before `environment`. */
export const environmentFileSchema = z.strictObject({
  value: req(
    z.string().regex(S3_ENV_FILE_ARN, { error: 'an S3 object ARN ending in .env, e.g. arn:aws:s3:::bucket/app.env' }),
    'S3 object ARN of a .env file.',
  ),
  type: req(environmentFileTypeSchema, 'Where the file lives; only "s3" exists.'),
});
export type EnvironmentFile = z.infer<typeof environmentFileSchema>;

/** RepositoryCredentials: private registry login stored in Secrets Manager. */
export const repositoryCredentialsSchema = z.strictObject({
  credentialsParameter: req(
    z.string(),
    'Secrets Manager secret ARN (or name in the same Region) holding the registry username and password.',
  ),
});
export type RepositoryCredentials = z.infer<typeof repositoryCredentialsSchema>;
