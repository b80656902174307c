import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, concreteStr } from './read';
import type { Rule } from './types';

const ID = 'credential-specs';
const SPEC = /^credentialspec(?:domainless)?:arn:aws(?:-[a-z]+)*:(?:ssm:[a-z0-9-]+:\d{12}:parameter\/.+|s3:::.+)$/;

export const rule: Rule = {
  id: ID,
  refs: ['R-CS-1'],
  severity: 'error',
  title: 'credentialSpecs entries are credentialspec: or credentialspecdomainless: followed by an SSM or S3 ARN.',
  why: 'gMSA credential specs are read from SSM Parameter Store or S3 by the agent; the prefix selects domain-joined or domainless mode. The single-entry limit is checked by the schema.',
  fix: 'Write "credentialspec:arn:aws:ssm:REGION:ACCOUNT:parameter/NAME" or "credentialspecdomainless:arn:aws:s3:::bucket/spec.json".',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      arr(c.def.credentialSpecs).forEach((entry, i) => {
        const spec = concreteStr(entry);
        if (spec === undefined || SPEC.test(spec)) return;
        out.push(
          issue(
            ID,
            [...c.path, 'credentialSpecs', i],
            'error',
            `Credential spec ${JSON.stringify(spec)} is not "credentialspec:" or "credentialspecdomainless:" followed by an SSM parameter or S3 object ARN; fix the reference.`,
          ),
        );
      });
    }
    return out;
  },
};
