/** Compose `environment` (list or map), `env_file` and `labels` → ECS `environment` and `dockerLabels`. */
import type { JsonObject } from '../../issues';
import type { Reporter } from './reporter';
import { isObj, quote, scalarText, stringList } from './reporter';

/** `KEY=VALUE` lists and maps as [name, value | undefined] pairs, undefined for a name without a value. */
function pairs(value: unknown, r: Reporter, separator = '='): [string, string | undefined, (string | number)[]][] | undefined {
  if (Array.isArray(value)) {
    const out: [string, string | undefined, (string | number)[]][] = [];
    value.forEach((entry, i) => {
      const text = scalarText(entry);
      if (text === undefined) {
        r.warn([i], `Cannot read ${quote(entry)} as NAME${separator}VALUE; left out.`);
        return;
      }
      const at = text.indexOf(separator);
      out.push(at < 0 ? [text, undefined, [i]] : [text.slice(0, at), text.slice(at + 1), [i]]);
    });
    return out;
  }
  if (isObj(value)) {
    return Object.entries(value).map(([name, item]) => {
      const text = item === null ? undefined : (scalarText(item) ?? JSON.stringify(item));
      return [name, text, [name]];
    });
  }
  return undefined;
}

/** Maps `environment`; a name without a value (taken from the shell running compose) keeps a `${NAME}` placeholder. */
export function mapEnvironment(value: unknown, r: Reporter): JsonObject[] {
  const list = pairs(value, r);
  if (!list) {
    r.warn([], `Cannot read ${quote(value)} as environment variables; left out.`);
    return [];
  }
  return list.map(([name, text, path]) => {
    if (text !== undefined) return { name, value: text };
    r.warn(
      path,
      `${name} takes its value from the shell environment; kept as the placeholder \${${name}}: set its value (or move it to secrets).`,
    );
    return { name, value: `\${${name}}` };
  });
}

/** Reports each env_file: ECS reads environment files from S3 only, so the user uploads them and adds the ARN. */
export function reportEnvFiles(value: unknown, r: Reporter): void {
  const list = Array.isArray(value) ? value : [value];
  list.forEach((entry, i) => {
    const path = Array.isArray(value) ? [i] : [];
    const file = isObj(entry) ? scalarText(entry.path) : scalarText(entry);
    if (!file) {
      r.warn(path, `Cannot read ${quote(entry)} as an env file; left out.`);
      return;
    }
    const base = file.split(/[\\/]/).pop();
    r.warn(
      path,
      `ECS reads environment files from S3 only: upload ${file} to S3 and add {"value": "arn:aws:s3:::BUCKET/${base}", "type": "s3"} to environmentFiles (the execution role needs s3:GetObject), or paste its lines into the environment.`,
    );
  });
}

/** Maps `labels` (list or map) → dockerLabels. */
export function mapLabels(value: unknown, r: Reporter): JsonObject {
  const list = pairs(value, r);
  if (!list) {
    r.warn([], `Cannot read ${quote(value)} as labels; left out.`);
    return {};
  }
  return Object.fromEntries(list.map(([name, text]) => [name, text ?? '']));
}

/** Maps `extra_hosts` (`host:ip`, `host=ip`, or a map) → extraHosts. */
export function mapExtraHosts(value: unknown, r: Reporter): JsonObject[] {
  const list = Array.isArray(value)
    ? (stringList(value) ?? []).map((text, i): [string, string | undefined, number] => {
        const at = text.includes('=') ? text.indexOf('=') : text.indexOf(':');
        return at < 0 ? [text, undefined, i] : [text.slice(0, at), text.slice(at + 1), i];
      })
    : isObj(value)
      ? Object.entries(value).map(([host, ip]): [string, string | undefined, string] => [host, stringList(ip)?.[0], host])
      : [];
  const out: JsonObject[] = [];
  for (const [hostname, ipAddress, path] of list) {
    if (!ipAddress) r.warn([path], `Cannot read an IP address for host "${hostname}"; left out.`);
    else out.push({ hostname, ipAddress: ipAddress.replace(/^\[(.*)\]$/, '$1') });
  }
  return out;
}
