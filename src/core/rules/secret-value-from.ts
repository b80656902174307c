import type { Issue } from '../issues';
import type { Path } from '../paths';
import { issue } from './helpers';
import { arr, concreteStr, obj } from './read';
import type { Rule } from './types';

const ID = 'secret-value-from';
const PARTITION = 'aws(?:-[a-z]+)*';
const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d+';
const SECRETS_MANAGER = new RegExp(`^arn:${PARTITION}:secretsmanager:${REGION}:\\d{12}:secret:([^:]+)((?::[^:]*){0,3})$`);
const SSM = new RegExp(`^arn:${PARTITION}:ssm:${REGION}:\\d{12}:parameter/.+$`);
const BARE_PARAMETER = /^[A-Za-z0-9_.\-/]+$/;

/** Why `valueFrom` is not a reference ECS can resolve, or `undefined` when it is fine. */
export function valueFromProblem(value: string): string | undefined {
  if (!value.startsWith('arn:')) {
    return BARE_PARAMETER.test(value) ? undefined : 'is neither an ARN nor an SSM parameter name';
  }
  if (SSM.test(value)) return undefined;
  const match = SECRETS_MANAGER.exec(value);
  if (!match) {
    if (/:secretsmanager:/.test(value)) return 'is not a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME)';
    if (/:ssm:/.test(value)) return 'is not an SSM parameter ARN (arn:aws:ssm:REGION:ACCOUNT:parameter/NAME)';
    return 'is not a Secrets Manager secret or SSM parameter ARN';
  }
  const extra = match[2] ?? '';
  if (extra === '') return undefined;
  const parts = extra.slice(1).split(':');
  if (parts.length !== 3)
    return 'has a JSON key suffix without all its colons (write :json-key:version-stage:version-id, leaving unused parts empty)';
  if (parts[1] && parts[2]) return 'sets both a version stage and a version id, which are mutually exclusive';
  return undefined;
}

export const rule: Rule = {
  id: ID,
  refs: ['R-SEC-1'],
  severity: 'error',
  title: 'secrets and log secretOptions reference a Secrets Manager secret or SSM parameter.',
  why: 'The agent resolves valueFrom at task start: a Secrets Manager ARN (optionally :json-key:version-stage:version-id, keeping the colons of empty parts; stage and id are exclusive), an SSM parameter ARN, or a bare parameter name in the same Region. Anything else fails when the task starts.',
  fix: 'Use "arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME" (with ":key::" to pick a JSON key) or "arn:aws:ssm:REGION:ACCOUNT:parameter/NAME".',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const checkList = (list: unknown, base: Path, what: string) => {
      arr(list).forEach((entry, i) => {
        const value = concreteStr(obj(entry).valueFrom);
        if (value === undefined) return;
        const problem = valueFromProblem(value);
        if (problem)
          out.push(
            issue(ID, [...base, i, 'valueFrom'], 'error', `${what} valueFrom ${JSON.stringify(value)} ${problem}; fix the reference.`),
          );
      });
    };
    for (const c of ctx.containers) {
      checkList(c.def.secrets, [...c.path, 'secrets'], 'Secret');
      checkList(obj(c.def.logConfiguration).secretOptions, [...c.path, 'logConfiguration', 'secretOptions'], 'Log secret option');
    }
    return out;
  },
};
