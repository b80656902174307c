import type { Issue } from '../issues';
import { getAtPath } from '../paths';
import { issue, withExecutionRole, withValue, withoutValue } from './helpers';
import { arr, isObj, isPlaceholder, obj, str } from './read';
import type { Rule } from './types';

const ID = 'secrets-in-environment';
const SECRET_SEGMENTS = new Set([
  'PASSWORD',
  'PASSWD',
  'PWD',
  'PASS',
  'SECRET',
  'SECRETS',
  'TOKEN',
  'KEY',
  'APIKEY',
  'PASSPHRASE',
  'CREDENTIAL',
  'CREDENTIALS',
]);
const SECRET_SUBSTRINGS = ['PASSWORD', 'SECRET', 'TOKEN'];
/** Last name segments that describe a secret instead of holding it (SECRET_ARN, TOKEN_URL, KEY_ID …). */
const NOT_A_VALUE = new Set([
  'ARN',
  'NAME',
  'ID',
  'PATH',
  'FILE',
  'URL',
  'URI',
  'ENDPOINT',
  'HOST',
  'PORT',
  'REGION',
  'TTL',
  'TIMEOUT',
  'EXPIRY',
  'EXPIRATION',
  'LENGTH',
  'SIZE',
  'TYPE',
  'HEADER',
  'FIELD',
  'PREFIX',
  'ALGORITHM',
  'ENABLED',
  'BUCKET',
  'AUDIENCE',
  'ISSUER',
  'LOCATION',
  'PARAMETER',
  'VERSION',
]);

/** The `valueFrom` a quick fix writes; `${…}` marks it as a template value to fill in (see docs/rules.md). */
export function secretParameterPlaceholder(name: string): string {
  return 'arn:aws:ssm:${AWS_REGION}:${AWS_ACCOUNT_ID}:parameter/' + name;
}

function nameSegments(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
}

/** Cheap pre-filter: every secret-looking name contains one of these (upper-cased). */
const HINTS = /PASS|PWD|SECRET|TOKEN|KEY|CREDENTIAL/;

/** True when an environment variable name suggests it holds a credential. */
export function looksLikeSecretName(name: string): boolean {
  if (!HINTS.test(name.toUpperCase())) return false;
  const segments = nameSegments(name);
  const last = segments[segments.length - 1];
  if (last === undefined || NOT_A_VALUE.has(last)) return false;
  const upper = name.toUpperCase();
  return segments.some((s) => SECRET_SEGMENTS.has(s)) || SECRET_SUBSTRINGS.some((s) => upper.includes(s));
}

/** Shannon entropy in bits per UTF-16 code unit. */
export function entropy(value: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** True for a long random-looking token (API keys, base64 secrets), not for URLs, paths, ARNs or words. */
export function looksLikeSecretValue(value: string): boolean {
  if (value.length < 24 || value.startsWith('arn:') || value.startsWith('/') || !/\d/.test(value)) return false;
  if (/\s/.test(value) || value.includes('://')) return false;
  const classes = (/[a-z]/.test(value) ? 1 : 0) + (/[A-Z]/.test(value) ? 1 : 0) + 1;
  return classes >= 2 && entropy(value) >= 4.2;
}

export const rule: Rule = {
  id: ID,
  refs: ['BP'],
  severity: 'warning',
  title: 'Credentials are passed as secrets, not as plain environment variables.',
  why: 'Environment values are stored in clear text in the task definition: anyone with ecs:DescribeTaskDefinition can read them, and they end up in source control and CI logs. secrets are fetched from SSM Parameter Store or Secrets Manager at start-up instead.',
  fix: 'Store the value in SSM Parameter Store or Secrets Manager and reference it from "secrets" (the quick fix moves the variable and writes valueFrom "arn:aws:ssm:${AWS_REGION}:${AWS_ACCOUNT_ID}:parameter/NAME", adding an executionRoleArn placeholder when needed).',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      arr(c.def.environment).forEach((entry, i) => {
        if (!isObj(entry)) return;
        const name = str(entry.name);
        const value = str(entry.value);
        if (!name || !value || isPlaceholder(value) || isPlaceholder(name)) return;
        const byName = looksLikeSecretName(name) && !/^(true|false|\d{1,6})$/i.test(value) && !value.startsWith('arn:');
        if (byName || looksLikeSecretValue(value)) {
          out.push(
            issue(
              ID,
              [...c.path, 'environment', i, 'value'],
              'warning',
              `Environment variable "${name}" looks like a secret stored in plain text; move it to "secrets" with a Secrets Manager or SSM Parameter Store reference.`,
            ),
          );
        }
      });
    }
    return out;
  },
  quickFix(doc, found) {
    const entryPath = found.path[found.path.length - 1] === 'value' ? found.path.slice(0, -1) : found.path;
    const name = str(obj(getAtPath(doc, entryPath)).name);
    const containerPath = entryPath.slice(0, -2);
    if (!name || entryPath[entryPath.length - 2] !== 'environment') return undefined;
    return {
      label: `Move "${name}" to secrets`,
      apply: (current) => {
        const secrets = arr(obj(getAtPath(current, containerPath)).secrets);
        const moved = withValue(
          withoutValue(current, entryPath),
          [...containerPath, 'secrets'],
          [...secrets, { name, valueFrom: secretParameterPlaceholder(name) }],
        );
        return withExecutionRole(moved);
      },
    };
  },
};
