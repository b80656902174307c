/**
 * `docker run` lines → a task definition: each line is a container, read into compose keys and mapped by the
 * compose service mapper; report entries name the flag they came from (`--publish`, or `web --publish` when the
 * input has several containers).
 */
import type { JsonObject } from '../../issues';
import type { MapContext, NetworkMode, TaskHints } from '../compose/context';
import { Reporter, scalarText } from '../compose/reporter';
import type { SourcePath } from '../compose/reporter';
import { mapService } from '../compose/service';
import { assembleTask } from '../compose/task';
import { TaskVolumes } from '../compose/task-volumes';
import { ecsName } from '../compose/units';
import type { Importer, ImportOptions, ImportResult } from '../types';
import { looksLikeDockerRun, parseRun, splitCommands } from './parse-run';
import type { RunCommand } from './parse-run';

/** The container name: --name, else the image's repository name (`nginx` for `docker.io/library/nginx:1.27`). */
function nameOf(run: RunCommand, index: number): string {
  const explicit = scalarText(run.service.name);
  if (explicit) return ecsName(explicit, `container-${index + 1}`);
  const repository = (run.image ?? '').split('@')[0]!.split('/').pop()!.split(':')[0]!;
  return ecsName(repository, `container-${index + 1}`);
}

/** Places a compose-key path on the flag it came from. */
function locator(run: RunCommand, prefix: string) {
  return (path: SourcePath) => {
    const [key, index] = path;
    const nested = typeof key === 'string' && typeof index === 'string' ? run.sources.get(`${key}.${index}`) : undefined;
    const sources = nested ?? (typeof key === 'string' ? run.sources.get(key) : undefined);
    const flag = sources ? (typeof index === 'number' ? (sources[index] ?? sources[0]) : sources[0]) : key === undefined ? '' : String(key);
    const where = flag ?? '';
    return prefix === '' ? where : where === '' ? prefix : `${prefix}.${where}`;
  };
}

export function readDockerRun(text: string, options: ImportOptions): ImportResult {
  const { commands, other } = splitCommands(text);
  if (commands.length === 0) {
    const message = 'No "docker run" command found.';
    return { ok: false, format: 'docker-run', message, report: [{ severity: 'error', source: '', message }] };
  }
  const r = Reporter.root();
  for (const line of other) r.warn([], `Not a docker run command; left out: ${line.trim().slice(0, 80)}`);
  const runs = commands.map(parseRun);
  const names: string[] = [];
  for (const [i, run] of runs.entries()) {
    let name = nameOf(run, i);
    for (let n = 2; names.includes(name); n++) name = `${nameOf(run, i)}-${n}`;
    names.push(name);
  }
  const wanted = new Set(options.services ?? []);
  const chosen = runs.map((run, i) => ({ run, name: names[i]! })).filter(({ name }) => wanted.size === 0 || wanted.has(name));
  for (const name of wanted) if (!names.includes(name)) r.error([], `There is no container "${name}".`);
  if (chosen.length === 0) {
    const message = 'None of the chosen containers is in the input.';
    return { ok: false, format: 'docker-run', message, report: [...r.entries, { severity: 'error', source: '', message }] };
  }
  const launchType = options.launchType ?? 'fargate';
  const asked = chosen.map(({ run }) => scalarText(run.service.network_mode)).find((m) => m === 'host' || m === 'none' || m === 'bridge');
  const networkMode: NetworkMode = launchType === 'fargate' ? 'awsvpc' : ((asked as NetworkMode | undefined) ?? 'bridge');
  const volumes = new TaskVolumes(launchType, {}, r);
  const hints: TaskHints = {};
  const selected = new Set(chosen.map(({ name }) => name));
  const several = runs.length > 1;
  const containers: JsonObject[] = chosen.map(({ run, name }) => {
    const sr = r.mapped(locator(run, several ? name : ''));
    for (const [flag, severity, message] of run.notes) r.add(severity, [several ? `${name}.${flag}` : flag], message);
    if (!run.image) sr.error(['image'], 'The docker run line names no image.');
    const service = { ...run.service };
    delete service.name;
    if (service.network_mode === 'bridge' || service.network_mode === 'default') delete service.network_mode;
    const ctx: MapContext = { launchType, networkMode, name, r: sr, volumes, hints, selected };
    return mapService(service, ctx);
  });
  const doc = assembleTask({ family: names[0]!, containers, volumes: volumes.list(), launchType, networkMode, hints, r });
  return { ok: true, format: 'docker-run', doc, report: r.entries };
}

export const dockerRunImporter: Importer = {
  format: 'docker-run',
  offers: ['services', 'launchType'],
  label: 'docker run command',
  detect: looksLikeDockerRun,
  read: readDockerRun,
};
