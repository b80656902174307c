/** What the mappers of one service (or `docker run` line, or pod container) share while they build a container. */
import type { JsonObject } from '../../issues';
import type { Reporter } from './reporter';
import type { TaskVolumes } from './task-volumes';

export type LaunchType = 'fargate' | 'ec2';
export type NetworkMode = 'awsvpc' | 'bridge' | 'host' | 'none';

/** Task-level settings a container asks for (pid: host, platform: linux/arm64 …); the first one asked wins. */
export interface TaskHints {
  pidMode?: string;
  ipcMode?: string;
  runtimePlatform?: JsonObject;
}

export interface MapContext {
  launchType: LaunchType;
  /** The task's network mode, decided before the containers are built. */
  networkMode: NetworkMode;
  /** The container's name (the compose service name). */
  name: string;
  /** Reports at paths relative to the service. */
  r: Reporter;
  volumes: TaskVolumes;
  hints: TaskHints;
  /** Names of the services that become containers (dependencies on the others are dropped, reported). */
  selected: ReadonlySet<string>;
}

export const isFargate = (ctx: MapContext) => ctx.launchType === 'fargate';

/**
 * Keeps a field only where the launch type or network mode has it; otherwise reports that it was left out and why,
 * so the result registers and the user knows what to change (e.g. pick EC2) to keep it.
 */
export function allowed(ctx: MapContext, key: string, field: string): boolean {
  if (ctx.launchType === 'fargate' && FARGATE_LACKS.has(field)) {
    ctx.r.warn([key], `Fargate has no ${field}; left out (choose the EC2 launch type to keep it).`);
    return false;
  }
  if (ctx.networkMode === 'awsvpc' && AWSVPC_LACKS.has(field)) {
    ctx.r.warn([key], `The awsvpc network mode has no ${field}; left out (the EC2 launch type with bridge keeps it).`);
    return false;
  }
  return true;
}

const FARGATE_LACKS = new Set([
  'privileged',
  'devices',
  'sharedMemorySize',
  'tmpfs',
  'maxSwap',
  'swappiness',
  'dockerSecurityOptions',
  'host paths',
]);
const AWSVPC_LACKS = new Set(['hostname', 'extraHosts', 'dnsServers', 'dnsSearchDomains', 'links']);
