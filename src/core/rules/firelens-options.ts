import type { Issue } from '../issues';
import { issue } from './helpers';
import { concreteStr, isObj, obj } from './read';
import type { Rule } from './types';

const ID = 'firelens-options';
const KEYS = new Set(['enable-ecs-log-metadata', 'config-file-type', 'config-file-value']);
const DEFAULT_CONFIGS = new Set(['/fluent-bit/etc/fluent-bit.conf', '/fluentd/etc/fluent.conf']);

export const rule: Rule = {
  id: ID,
  refs: ['R-FL-1'],
  severity: 'error',
  title: 'firelensConfiguration options use the documented keys and values; Fargate reads config files from the image only.',
  why: 'FireLens understands enable-ecs-log-metadata ("true"/"false"), config-file-type ("s3" or "file") and config-file-value (an S3 ARN or a path in the image, not the default config path). Fargate cannot fetch configs from S3, so config-file-type must be "file" there.',
  fix: 'Use only those keys; give config-file-type and config-file-value together; on Fargate bake the config into the image and use "file".',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      const options = obj(c.def.firelensConfiguration).options;
      if (!isObj(options)) continue;
      const base = [...c.path, 'firelensConfiguration', 'options'];
      for (const key of Object.keys(options)) {
        if (!KEYS.has(key))
          out.push(
            issue(
              ID,
              [...base, key],
              'error',
              `FireLens option "${key}" is not supported; use enable-ecs-log-metadata, config-file-type or config-file-value (destination settings go in the containers' logConfiguration options).`,
            ),
          );
      }
      const metadata = concreteStr(options['enable-ecs-log-metadata']);
      if (metadata !== undefined && metadata !== 'true' && metadata !== 'false') {
        out.push(
          issue(
            ID,
            [...base, 'enable-ecs-log-metadata'],
            'error',
            `enable-ecs-log-metadata must be "true" or "false", not ${JSON.stringify(metadata)}.`,
          ),
        );
      }
      const type = concreteStr(options['config-file-type']);
      const value = concreteStr(options['config-file-value']);
      const hasType = options['config-file-type'] !== undefined;
      const hasValue = options['config-file-value'] !== undefined;
      if (hasType && !hasValue)
        out.push(
          issue(ID, base, 'error', 'config-file-type is set without config-file-value; add the S3 ARN or file path of the configuration.'),
        );
      if (hasValue && !hasType)
        out.push(issue(ID, base, 'error', 'config-file-value is set without config-file-type; add "config-file-type": "file" or "s3".'));
      if (type !== undefined && type !== 's3' && type !== 'file') {
        out.push(
          issue(ID, [...base, 'config-file-type'], 'error', `config-file-type must be "s3" or "file", not ${JSON.stringify(type)}.`),
        );
      } else if (type === 's3' && ctx.isFargate) {
        out.push(
          issue(
            ID,
            [...base, 'config-file-type'],
            'error',
            'Fargate only supports config-file-type "file"; copy the configuration into the router image and use "file".',
          ),
        );
      }
      if (type === 's3' && value !== undefined && !/^arn:aws[a-z-]*:s3:::.+/.test(value)) {
        out.push(
          issue(
            ID,
            [...base, 'config-file-value'],
            'error',
            `config-file-value ${JSON.stringify(value)} is not an S3 object ARN; use "arn:aws:s3:::bucket/path/file.conf".`,
          ),
        );
      }
      if (type === 'file' && value !== undefined && DEFAULT_CONFIGS.has(value)) {
        out.push(
          issue(
            ID,
            [...base, 'config-file-value'],
            'error',
            `config-file-value "${value}" is the router's default configuration, which FireLens generates; use another path such as /extra.conf.`,
          ),
        );
      }
    }
    return out;
  },
};
