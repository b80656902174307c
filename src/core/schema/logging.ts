import { z } from 'zod';
import { opt, req, stringMap } from './common';
import { firelensConfigurationTypeSchema, logDriverSchema } from './enums';
import { secretSchema } from './key-value';

/** LogConfiguration: where the container's stdout/stderr go. */
export const logConfigurationSchema = z.strictObject({
  logDriver: req(logDriverSchema, 'Docker log driver. Fargate supports awslogs, splunk and awsfirelens only.'),
  options: opt(stringMap(), 'Driver options as string values, e.g. awslogs-group, awslogs-region, awslogs-stream-prefix, mode.'),
  secretOptions: opt(z.array(secretSchema), 'Driver options read from secrets (needs executionRoleArn).'),
});
export type LogConfiguration = z.infer<typeof logConfigurationSchema>;

/** FirelensConfiguration: marks the container as the FireLens log router (Fluent Bit or Fluentd). */
export const firelensConfigurationSchema = z.strictObject({
  type: req(firelensConfigurationTypeSchema, 'Log router: fluentbit or fluentd.'),
  options: opt(stringMap(), 'Router options: enable-ecs-log-metadata ("true"/"false"), config-file-type ("s3"/"file"), config-file-value.'),
});
export type FirelensConfiguration = z.infer<typeof firelensConfigurationSchema>;
