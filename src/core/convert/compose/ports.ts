/** Compose `ports` (short `[HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]` and long syntax) → ECS `portMappings`. */
import type { JsonObject } from '../../issues';
import type { MapContext } from './context';
import type { SourcePath } from './reporter';
import { isObj, quote, scalarText } from './reporter';

interface Range {
  from: number;
  to: number;
}

interface PortSpec {
  target: Range;
  published?: Range;
  hostIp?: string;
  protocol: string;
  name?: string;
  appProtocol?: string;
  mode?: string;
}

function parseRange(text: string): Range | undefined {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return from >= 0 && to >= from && to <= 65535 ? { from, to } : undefined;
}

const rangeText = (range: Range) => (range.from === range.to ? String(range.from) : `${range.from}-${range.to}`);

/** Reads the short syntax; undefined when it is not a port (an unresolved `${PORT}`, a typo). */
export function parseShortPort(text: string): PortSpec | undefined {
  let rest = text.trim();
  let protocol = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    protocol = rest.slice(slash + 1).toLowerCase();
    rest = rest.slice(0, slash);
  }
  let hostIp: string | undefined;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']:');
    if (close < 0) return undefined;
    hostIp = rest.slice(1, close);
    rest = rest.slice(close + 2);
  }
  const parts = rest.split(':');
  if (parts.length > 3 || (hostIp !== undefined && parts.length > 2)) return undefined;
  if (parts.length === 3) hostIp = parts.shift();
  const target = parseRange(parts.pop()!);
  if (!target) return undefined;
  const publishedText = parts.pop();
  const published = publishedText === undefined || publishedText === '' ? undefined : parseRange(publishedText);
  if (publishedText !== undefined && publishedText !== '' && !published) return undefined;
  return { target, protocol, ...(published ? { published } : {}), ...(hostIp ? { hostIp } : {}) };
}

function parseLongPort(value: Record<string, unknown>): PortSpec | undefined {
  const target = parseRange(scalarText(value.target) ?? '');
  if (!target) return undefined;
  const publishedText = scalarText(value.published);
  const published = publishedText === undefined || publishedText === '' ? undefined : parseRange(publishedText);
  if (publishedText && !published) return undefined;
  const spec: PortSpec = { target, protocol: (scalarText(value.protocol) ?? 'tcp').toLowerCase() };
  if (published) spec.published = published;
  const hostIp = scalarText(value.host_ip);
  if (hostIp) spec.hostIp = hostIp;
  const name = scalarText(value.name);
  if (name) spec.name = name;
  const appProtocol = scalarText(value.app_protocol);
  if (appProtocol) spec.appProtocol = appProtocol;
  const mode = scalarText(value.mode);
  if (mode) spec.mode = mode;
  return spec;
}

const LONG_KEYS = new Set(['target', 'published', 'host_ip', 'protocol', 'name', 'app_protocol', 'mode']);
const APP_PROTOCOLS: Record<string, string> = { http: 'http', http2: 'http2', grpc: 'grpc', h2: 'http2', h2c: 'http2' };

/** One port mapping, or null (reported) when ECS cannot express it. */
function toMapping(spec: PortSpec, ctx: MapContext, path: SourcePath): JsonObject | null {
  const { r, networkMode } = ctx;
  if (spec.protocol !== 'tcp' && spec.protocol !== 'udp') {
    r.warn(path, `ECS port mappings are tcp or udp; the ${spec.protocol} port ${rangeText(spec.target)} is left out.`);
    return null;
  }
  if (spec.hostIp) r.warn(path, `ECS cannot bind a port to a host IP (${spec.hostIp}); the port listens on every address of the task.`);
  if (spec.mode && spec.mode !== 'host')
    r.info(path, `Port mode "${spec.mode}" has no ECS equivalent; load balancing is done by the ECS service.`);
  const mapping: JsonObject = {};
  if (spec.name) mapping.name = spec.name;
  const isRange = spec.target.from !== spec.target.to;
  if (isRange) {
    mapping.containerPortRange = rangeText(spec.target);
    if (spec.published && rangeText(spec.published) !== rangeText(spec.target))
      r.warn(path, `ECS picks the host ports of a port range itself; the published range ${rangeText(spec.published)} is not kept.`);
  } else {
    const target = spec.target.from;
    mapping.containerPort = target;
    const published = spec.published;
    if (published && published.from !== published.to) {
      r.warn(
        path,
        `A published port range (${rangeText(published)}) for one container port has no ECS equivalent; ${networkMode === 'bridge' ? 'the host port is left dynamic' : `the port is ${target}`}.`,
      );
    } else if (published && networkMode === 'bridge') {
      mapping.hostPort = published.from;
    } else if (published && published.from !== target) {
      r.warn(
        path,
        `In ${networkMode} mode the host port is the container port: ${target} is reachable as ${target}, not ${published.from} (use EC2 with bridge, or a load balancer listener on ${published.from}).`,
      );
    }
  }
  mapping.protocol = spec.protocol;
  if (spec.appProtocol) {
    const appProtocol = APP_PROTOCOLS[spec.appProtocol.toLowerCase()];
    if (appProtocol) mapping.appProtocol = appProtocol;
    else r.warn(path, `ECS knows the app protocols http, http2 and grpc; "${spec.appProtocol}" is left out.`);
    if (appProtocol && !spec.name) r.info(path, 'An ECS appProtocol only takes effect on a named port mapping (Service Connect).');
  }
  return mapping;
}

/** Maps the compose `ports` list; each entry ECS cannot express is reported at its index. */
export function mapPorts(value: unknown, ctx: MapContext, key = 'ports'): JsonObject[] {
  const list = Array.isArray(value) ? value : [value];
  if (ctx.networkMode === 'none' && list.length > 0) {
    ctx.r.warn([key], 'The none network mode has no ports; the port mappings are left out.');
    return [];
  }
  const out: JsonObject[] = [];
  list.forEach((entry, i) => {
    const path = Array.isArray(value) ? [key, i] : [key];
    let spec: PortSpec | undefined;
    if (isObj(entry)) {
      spec = parseLongPort(entry);
      for (const extra of Object.keys(entry).filter((k) => !LONG_KEYS.has(k) && !k.startsWith('x-')))
        ctx.r.warn([...path, extra], `Port key "${extra}" has no ECS equivalent; left out.`);
    } else {
      const text = scalarText(entry);
      spec = text === undefined ? undefined : parseShortPort(text);
    }
    if (!spec) {
      ctx.r.warn(path, `Cannot read ${quote(entry)} as a port; left out.`);
      return;
    }
    const mapping = toMapping(spec, ctx, path);
    if (mapping) out.push(mapping);
  });
  return out;
}
