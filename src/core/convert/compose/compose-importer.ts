/**
 * docker-compose files → one task definition: the chosen services become its containers (all by default), on
 * Fargate (awsvpc, task size from the containers) or EC2 (bridge). The compose spec's interpolation, anchors, merge
 * keys and `x-` fields are applied first; every key ECS cannot express is reported at its path.
 */
import type { Importer, ImportOptions, ImportResult } from '../types';
import type { LaunchType, MapContext, NetworkMode, TaskHints } from './context';
import { interpolateValue } from './interpolate';
import type { Variables } from './interpolate';
import { Reporter, isObj, scalarText } from './reporter';
import type { Obj } from './reporter';
import { mapService } from './service';
import { assembleTask } from './task';
import { TaskVolumes } from './task-volumes';
import { readYamlDocuments } from './yaml-read';

const TOP_LEVEL: Record<string, string> = {
  networks: 'Containers of one task share the task network; compose networks are left out.',
  configs: 'ECS has no configs: bake the files into the images, or read them from SSM Parameter Store, S3 or EFS.',
  secrets:
    "Compose secrets are files; ECS secrets are environment variables from Secrets Manager or SSM: add them to each container's secrets.",
  include: 'include is not resolved: merge the included files into this one before converting.',
  models: 'Compose models have no ECS equivalent; left out.',
};

/** A compose file: a top-level `services` mapping (YAML or JSON). */
export function looksLikeCompose(text: string): boolean {
  if (/^services\s*:/m.test(text)) return true;
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{')) return false;
  try {
    const value = JSON.parse(trimmed) as unknown;
    return isObj(value) && isObj(value.services) && value.containerDefinitions === undefined;
  } catch {
    return false;
  }
}

/** The family: the compose `name`, else the file name (unless it is the usual docker-compose.yml), else the first service. */
function familyOf(file: Obj, options: ImportOptions, services: string[], r: Reporter): string {
  const name = scalarText(file.name);
  if (name) return name;
  const base =
    (options.fileName ?? '')
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.(ya?ml|json)$/i, '') ?? '';
  if (base && base !== '-' && !/^(docker-)?compose([.-].*)?$/i.test(base)) return base;
  const first = services[0] ?? 'compose';
  r.info(['name'], `The compose file has no name; the family is "${first}" (after its first service): rename it as you like.`);
  return first;
}

/** The network mode: awsvpc on Fargate; on EC2 bridge, or host/none when a chosen service asks for it. */
function networkModeOf(services: [string, Obj][], launchType: LaunchType): NetworkMode {
  if (launchType === 'fargate') return 'awsvpc';
  const asked = services.map(([, s]) => scalarText(s.network_mode)).find((mode) => mode === 'host' || mode === 'none' || mode === 'bridge');
  return (asked as NetworkMode | undefined) ?? 'bridge';
}

export function readCompose(text: string, options: ImportOptions, vars: Variables = {}): ImportResult {
  const read = readYamlDocuments(text);
  if (!read.ok)
    return { ok: false, format: 'compose', message: read.message, report: [{ severity: 'error', source: '', message: read.message }] };
  const file = read.values[0];
  if (!isObj(file) || !isObj(file.services)) {
    const message = 'This is not a compose file: it has no top-level "services" mapping.';
    return { ok: false, format: 'compose', message, report: [{ severity: 'error', source: '', message }] };
  }
  const r = Reporter.root();
  if (read.values.length > 1) r.warn([], `Only the first of ${read.values.length} YAML documents is read.`);
  const all = Object.entries(file.services);
  const wanted = new Set(options.services ?? []);
  for (const name of wanted) if (!(name in file.services)) r.error(['services'], `There is no service "${name}".`);
  const chosen = all.filter(([name]) => wanted.size === 0 || wanted.has(name));
  const services: [string, Obj][] = [];
  for (const [name, service] of chosen) {
    if (isObj(service)) services.push([name, service]);
    else r.warn(['services', name], `Service "${name}" is not a mapping; left out.`);
  }
  for (const [name] of all)
    if (!chosen.some(([n]) => n === name)) r.info(['services', name], `Service "${name}" was not chosen; left out.`);
  if (services.length === 0) {
    const message = wanted.size ? 'None of the chosen services is in the compose file.' : 'The compose file has no services.';
    return { ok: false, format: 'compose', message, report: [...r.entries, { severity: 'error', source: 'services', message }] };
  }
  if (services.length > 10)
    r.error(
      ['services'],
      `A task definition holds at most 10 containers and ${services.length} services are chosen: choose up to 10 (or split them into several task definitions).`,
    );
  for (const [key, value] of Object.entries(file)) {
    if (key === 'services' || key === 'volumes' || key === 'name') continue;
    if (key === 'version') r.info([key], `The version key (${String(value)}) is obsolete in compose and ignored.`);
    else if (key.startsWith('x-')) r.info([key], 'Extension field: used through its anchors, not converted itself.');
    else r.warn([key], TOP_LEVEL[key] ?? `Top-level key "${key}" has no ECS equivalent; left out.`);
  }
  const launchType = options.launchType ?? 'fargate';
  const networkMode = networkModeOf(services, launchType);
  const declared = isObj(file.volumes) ? (interpolateValue(file.volumes, vars, r.at(['volumes'])) as Obj) : {};
  const volumes = new TaskVolumes(launchType, declared, r);
  const hints: TaskHints = {};
  const selected = new Set(services.map(([name]) => name));
  const containers = services.map(([name, raw]) => {
    const sr = r.at(['services', name]);
    const service = interpolateValue(raw, vars, sr) as Obj;
    const ctx: MapContext = { launchType, networkMode, name, r: sr, volumes, hints, selected };
    return mapService(service, ctx);
  });
  reportHealthDependencies(services, r);
  if (containers.length > 1)
    r.info(
      [],
      networkMode === 'awsvpc'
        ? 'Compose services reach each other by service name; containers of one awsvpc task reach each other on localhost: change such host names to localhost.'
        : 'Compose services reach each other by service name; in bridge mode add links (name:alias) for that.',
    );
  const doc = assembleTask({
    family: familyOf(
      file,
      options,
      services.map(([n]) => n),
      r,
    ),
    containers,
    volumes: volumes.list(),
    launchType,
    networkMode,
    hints,
    r,
  });
  return { ok: true, format: 'compose', doc, report: r.entries };
}

/** A dependency on service_healthy needs a health check in the task definition (ECS ignores the image's HEALTHCHECK). */
function reportHealthDependencies(services: [string, Obj][], r: Reporter): void {
  const checked = new Set(services.filter(([, s]) => isObj(s.healthcheck) && s.healthcheck.disable !== true).map(([n]) => n));
  for (const [name, service] of services) {
    if (!isObj(service.depends_on)) continue;
    for (const [target, options] of Object.entries(service.depends_on)) {
      if (isObj(options) && options.condition === 'service_healthy' && !checked.has(target) && services.some(([n]) => n === target))
        r.warn(
          ['services', name, 'depends_on', target],
          `"${target}" has no healthcheck here, and ECS does not run the image's HEALTHCHECK: add one to "${target}" or HEALTHY never comes.`,
        );
    }
  }
}

export const composeImporter: Importer = {
  format: 'compose',
  offers: ['services', 'launchType'],
  label: 'docker-compose file',
  detect: looksLikeCompose,
  read: (text, options) => readCompose(text, options),
};
