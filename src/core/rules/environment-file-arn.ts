import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, concreteStr, obj } from './read';
import type { Rule } from './types';

const ID = 'environment-file-arn';
const S3_ENV_FILE = /^arn:aws[a-z-]*:s3:::[^/]+\/.*\.env$/;

export const rule: Rule = {
  id: ID,
  refs: ['R-ENV-1'],
  severity: 'error',
  title: 'environmentFiles values are S3 object ARNs of .env files.',
  why: 'The agent downloads each environment file from S3 with the execution role; the value must be an S3 object ARN whose key ends in ".env". The count (at most 10) and the "s3" type are checked by the schema.',
  fix: 'Use "arn:aws:s3:::bucket/path/file.env".',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      arr(c.def.environmentFiles).forEach((entry, i) => {
        const value = concreteStr(obj(entry).value);
        if (value === undefined || S3_ENV_FILE.test(value)) return;
        out.push(
          issue(
            ID,
            [...c.path, 'environmentFiles', i, 'value'],
            'error',
            `Environment file ${JSON.stringify(value)} is not an S3 object ARN ending in ".env"; use "arn:aws:s3:::bucket/path/file.env".`,
          ),
        );
      });
    }
    return out;
  },
};
