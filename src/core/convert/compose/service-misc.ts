/** Compose keys mapped to one ECS field each: depends_on, logging, restart, stop_grace_period, pid/ipc/network_mode/platform. */
import type { JsonObject } from '../../issues';
import type { MapContext } from './context';
import { isObj, quote, scalarText, stringList } from './reporter';
import { parseDuration } from './units';

const CONDITIONS: Record<string, string> = {
  service_started: 'START',
  service_healthy: 'HEALTHY',
  service_completed_successfully: 'SUCCESS',
};

/** `depends_on` (a list: START; a map with conditions) → dependsOn; dependencies outside the task are reported. */
export function mapDependsOn(value: unknown, ctx: MapContext, key = 'depends_on'): JsonObject[] {
  const entries: [string, unknown][] = Array.isArray(value)
    ? (stringList(value) ?? []).map((name) => [name, undefined])
    : isObj(value)
      ? Object.entries(value)
      : [];
  const out: JsonObject[] = [];
  entries.forEach(([name, options], i) => {
    const path = Array.isArray(value) ? [key, i] : [key, name];
    if (!ctx.selected.has(name)) {
      ctx.r.warn(path, `"${name}" is not a container of this task; the dependency is left out.`);
      return;
    }
    const conditionText = isObj(options) ? scalarText(options.condition) : undefined;
    let condition = conditionText === undefined ? 'START' : CONDITIONS[conditionText];
    if (!condition) {
      ctx.r.warn([...path, 'condition'], `Unknown condition "${conditionText}"; START is used.`);
      condition = 'START';
    }
    if (isObj(options)) {
      if (options.restart === true)
        ctx.r.info([...path, 'restart'], 'ECS does not restart a container when its dependency restarts; left out.');
      if (options.required === false)
        ctx.r.info([...path, 'required'], 'ECS dependencies are always required; required: false is left out.');
    }
    out.push({ containerName: name, condition });
  });
  return out;
}

const LOG_DRIVERS = new Set(['awslogs', 'fluentd', 'gelf', 'json-file', 'journald', 'logentries', 'splunk', 'syslog', 'awsfirelens']);
const FARGATE_LOG_DRIVERS = new Set(['awslogs', 'splunk', 'awsfirelens']);

/** `logging` → logConfiguration; a driver ECS does not have is reported and left out. */
export function mapLogging(value: unknown, ctx: MapContext, key = 'logging'): JsonObject | null {
  if (!isObj(value)) return null;
  const driver = scalarText(value.driver) ?? 'json-file';
  if (!LOG_DRIVERS.has(driver)) {
    ctx.r.warn([key, 'driver'], `ECS has no log driver "${driver}"; the logging is left out (awslogs sends logs to CloudWatch).`);
    return null;
  }
  if (ctx.launchType === 'fargate' && !FARGATE_LOG_DRIVERS.has(driver))
    ctx.r.warn(
      [key, 'driver'],
      `Fargate supports the awslogs, splunk and awsfirelens log drivers; "${driver}" will be refused (awslogs is the usual choice).`,
    );
  const log: JsonObject = { logDriver: driver };
  if (isObj(value.options))
    log.options = Object.fromEntries(Object.entries(value.options).map(([name, v]) => [name, scalarText(v) ?? JSON.stringify(v)]));
  return log;
}

/** `restart` → restartPolicy (ECS restarts the container in place; retry counts are reported). */
export function mapRestart(value: unknown, ctx: MapContext, key = 'restart'): JsonObject | null {
  const text = scalarText(value) ?? '';
  if (text === 'no' || text === 'false') return null;
  const match = /^(always|unless-stopped|on-failure)(?::(\d+))?$/.exec(text);
  if (!match) {
    ctx.r.warn([key], `Unknown restart policy ${quote(value)}; left out.`);
    return null;
  }
  if (match[2]) ctx.r.info([key], `ECS restart policies have no retry limit; "${text}" restarts without one.`);
  if (match[1] === 'on-failure')
    ctx.r.info([key], 'ECS restarts on any exit; list exit codes to ignore in restartPolicy.ignoredExitCodes (e.g. 0).');
  return { enabled: true };
}

/** `stop_grace_period` → stopTimeout in seconds (Fargate allows up to 120). */
export function mapStopGracePeriod(value: unknown, ctx: MapContext, key = 'stop_grace_period'): number | undefined {
  const seconds = parseDuration(value);
  if (seconds === undefined) {
    ctx.r.warn([key], `Cannot read ${quote(value)} as a duration; left out.`);
    return undefined;
  }
  const whole = Math.ceil(seconds);
  if (ctx.launchType === 'fargate' && whole > 120) {
    ctx.r.warn([key], `Fargate allows a stop timeout up to 120 seconds; ${whole} is set to 120.`);
    return 120;
  }
  return whole;
}

/** pid, ipc, network_mode and platform ask for task-level settings; what ECS cannot express is reported. */
export function mapNetworkKey(key: string, value: unknown, ctx: MapContext): void {
  const text = scalarText(value) ?? '';
  const r = ctx.r.at([key]);
  const fargate = ctx.launchType === 'fargate';
  if (key === 'pid' || key === 'ipc') {
    const field = key === 'pid' ? 'pidMode' : 'ipcMode';
    if (text === 'host') {
      if (fargate && key === 'ipc') r.warn([], 'Fargate has no host IPC namespace; left out.');
      else if (fargate)
        r.warn([], 'Fargate shares the PID namespace only between the task\'s containers (pidMode "task"), not with the host; left out.');
      else ctx.hints[field] ??= 'host';
    } else if (/^(service|container):/.test(text) || text === 'shareable') {
      if (fargate && key === 'ipc') r.warn([], 'Fargate has no IPC mode; left out.');
      else {
        ctx.hints[field] ??= 'task';
        r.info([], `ECS shares the ${key.toUpperCase()} namespace among all the task's containers (${field} "task").`);
      }
    } else if (text !== 'private' && text !== '') r.warn([], `Unknown ${key} mode "${text}"; left out.`);
    return;
  }
  if (key === 'platform') {
    const [os, arch] = text.split('/');
    const cpuArchitecture = arch === 'arm64' || arch === 'aarch64' ? 'ARM64' : arch === 'amd64' || arch === 'x86_64' ? 'X86_64' : undefined;
    if (os !== 'linux' || !cpuArchitecture) r.warn([], `Platform "${text}" has no ECS runtime platform; left out.`);
    else ctx.hints.runtimePlatform ??= { operatingSystemFamily: 'LINUX', cpuArchitecture };
    return;
  }
  // network_mode: the task's mode was decided from every service before the containers were built.
  if (/^(service|container):/.test(text)) r.info([], 'Containers of one task share the task network already; left out.');
  else if (text !== ctx.networkMode) r.warn([], `The task uses the ${ctx.networkMode} network mode; network_mode "${text}" is left out.`);
}
