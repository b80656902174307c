/** Compose `healthcheck` → ECS `healthCheck`: durations in seconds, clamped to ECS's ranges (each clamp reported). */
import type { JsonObject } from '../../issues';
import { splitShellWords } from '../../shell-words';
import type { Reporter } from './reporter';
import { isObj, quote, scalarText } from './reporter';
import { parseDuration } from './units';

/** ECS's ranges, in seconds (retries: a count). */
export const HEALTH_RANGES = {
  interval: { min: 5, max: 300 },
  timeout: { min: 2, max: 60 },
  retries: { min: 1, max: 10 },
  startPeriod: { min: 0, max: 300 },
} as const;

/** `value` clamped to the ECS range of `field`; a clamp or a rounding is reported at `path`. */
export function clampHealth(field: keyof typeof HEALTH_RANGES, seconds: number, r: Reporter, path: (string | number)[]): number {
  const { min, max } = HEALTH_RANGES[field];
  const whole = Math.ceil(seconds);
  if (whole !== seconds) r.info(path, `ECS counts ${field} in whole seconds; ${seconds} is rounded up to ${whole}.`);
  const clamped = Math.min(max, Math.max(min, whole));
  if (clamped !== whole) r.warn(path, `ECS allows ${field} from ${min} to ${max}; ${whole} is set to ${clamped}.`);
  return clamped;
}

/** The ECS command for a compose `test` (a string runs in a shell; a list starts with CMD, CMD-SHELL or NONE). */
function healthCommand(test: unknown, r: Reporter): string[] | null | undefined {
  if (typeof test === 'string') return ['CMD-SHELL', test];
  if (!Array.isArray(test) || !test.every((part) => scalarText(part) !== undefined)) return undefined;
  const words = test.map((part) => scalarText(part)!);
  if (words[0] === 'NONE') return null;
  if (words[0] === 'CMD' || words[0] === 'CMD-SHELL') return words;
  r.info(['test'], 'A health check test without CMD or CMD-SHELL is run as CMD.');
  return ['CMD', ...words];
}

const KEYS: Record<string, keyof typeof HEALTH_RANGES> = {
  interval: 'interval',
  timeout: 'timeout',
  start_period: 'startPeriod',
};

/** Maps a compose healthcheck; null when there is none to keep (disabled, NONE, unreadable: reported). */
export function mapHealthcheck(value: unknown, r: Reporter): JsonObject | null {
  if (!isObj(value)) {
    r.warn([], `Cannot read ${quote(value)} as a health check; left out.`);
    return null;
  }
  if (value.disable === true) {
    r.info(['disable'], 'The health check is disabled; no ECS health check is set.');
    return null;
  }
  if (value.test === undefined) {
    r.warn([], 'ECS does not run the image\'s HEALTHCHECK: without a "test" there is no health check; add one.');
    return null;
  }
  const command = healthCommand(value.test, r);
  if (command === null) {
    r.info(['test'], 'The health check test is NONE; no ECS health check is set.');
    return null;
  }
  if (!command) {
    r.warn(['test'], `Cannot read ${quote(value.test)} as a health check command; the health check is left out.`);
    return null;
  }
  const check: JsonObject = { command };
  for (const [key, field] of Object.entries(KEYS)) {
    if (value[key] === undefined) continue;
    const seconds = parseDuration(value[key]);
    if (seconds === undefined) r.warn([key], `Cannot read ${quote(value[key])} as a duration; left out.`);
    else check[field] = clampHealth(field, seconds, r, [key]);
  }
  if (value.retries !== undefined) {
    const retries = Number(scalarText(value.retries));
    if (!Number.isFinite(retries)) r.warn(['retries'], `Cannot read ${quote(value.retries)} as a number; left out.`);
    else check.retries = clampHealth('retries', retries, r, ['retries']);
  }
  if (value.timeout === undefined)
    r.info([], 'Docker waits 30 s for a health check by default, ECS 5 s; set timeout if the check is slow.');
  for (const key of Object.keys(value)) {
    if (key === 'start_interval') r.info([key], 'ECS has no start interval; during the start period checks run at the interval.');
    else if (!['test', 'interval', 'timeout', 'retries', 'start_period', 'disable'].includes(key) && !key.startsWith('x-'))
      r.warn([key], `Health check key "${key}" has no ECS equivalent; left out.`);
  }
  return check;
}

/** A command or entrypoint: a string is split into words as a shell would, without expansion; a list is kept. */
export function commandWords(value: unknown, r: Reporter): string[] | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return splitShellWords(value);
  if (Array.isArray(value) && value.every((part) => scalarText(part) !== undefined)) return value.map((part) => scalarText(part)!);
  r.warn([], `Cannot read ${quote(value)} as a command; left out.`);
  return undefined;
}
