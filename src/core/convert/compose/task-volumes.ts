/**
 * The task's `volumes`, built while the containers' mounts are read: one ECS volume per compose named volume,
 * per distinct bind source and per anonymous volume, with a name ECS accepts and no two sources sharing a name.
 */
import type { JsonObject } from '../../issues';
import type { LaunchType } from './context';
import type { Obj, Reporter } from './reporter';
import { isObj, scalarText } from './reporter';
import { ecsName } from './units';

export class TaskVolumes {
  private readonly byKey = new Map<string, string>();
  private readonly volumes = new Map<string, JsonObject>();

  constructor(
    private readonly launchType: LaunchType,
    /** The top-level `volumes` map of the compose file (named volume settings). */
    private readonly declared: Obj,
    /** Reports at the top level of the input (`volumes.data`). */
    private readonly r: Reporter,
  ) {}

  list(): JsonObject[] {
    return [...this.volumes.values()];
  }

  private uniqueName(base: string): string {
    let name = base;
    for (let n = 2; this.volumes.has(name); n++) name = `${base.slice(0, 250)}-${n}`;
    return name;
  }

  /** The ECS volume of compose named volume `source`; `where` reports an undeclared one. */
  named(source: string, where: Reporter): string {
    const key = `named:${source}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const name = this.uniqueName(ecsName(source, 'volume'));
    this.byKey.set(key, name);
    if (name !== source) where.info([], `Volume "${source}" is named "${name}" in ECS (letters, digits, - and _ only).`);
    const config = this.declared[source];
    if (!(source in this.declared))
      where.warn([], `Named volume "${source}" is not declared under the top-level volumes; converted as a local volume.`);
    this.volumes.set(name, this.namedVolume(name, source, isObj(config) ? config : {}));
    return name;
  }

  private namedVolume(name: string, source: string, config: Obj): JsonObject {
    const r = this.r.at(['volumes', source]);
    if (this.launchType === 'fargate') {
      r.warn(
        [],
        `On Fargate volume "${source}" lives only as long as the task (task storage); use an EFS volume (efsVolumeConfiguration) to keep its data.`,
      );
      return { name };
    }
    const docker: JsonObject = { scope: 'shared', autoprovision: config.external !== true };
    const driver = scalarText(config.driver);
    docker.driver = driver ?? 'local';
    const stringMap = (value: unknown) =>
      Object.fromEntries(Object.entries(isObj(value) ? value : {}).map(([k, v]) => [k, scalarText(v) ?? JSON.stringify(v)]));
    if (isObj(config.driver_opts)) docker.driverOpts = stringMap(config.driver_opts);
    if (isObj(config.labels)) docker.labels = stringMap(config.labels);
    if (config.external === true)
      r.info(['external'], 'An external volume must already exist on each container instance (autoprovision is off).');
    for (const key of Object.keys(config)) {
      if (['driver', 'driver_opts', 'labels', 'external'].includes(key) || key.startsWith('x-')) continue;
      r.warn([key], `Volume key "${key}" has no ECS equivalent; left out.`);
    }
    return { name, dockerVolumeConfiguration: docker };
  }

  /** The ECS volume of a bind mount of host path `source`. */
  bind(source: string, where: Reporter): string {
    const key = `bind:${source}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const name = this.uniqueName(ecsName(source.replace(/^[.~]*\/+/, ''), 'host'));
    this.byKey.set(key, name);
    if (this.launchType === 'fargate') {
      where.warn(
        [],
        `Fargate has no host paths: the bind of "${source}" becomes an empty task volume; copy the files into the image, or use EFS.`,
      );
      this.volumes.set(name, { name });
    } else {
      if (!source.startsWith('/'))
        where.warn(
          [],
          `Bind source "${source}" is a relative path; ECS needs an absolute path on the container instance: copy the files there (or into the image) and set host.sourcePath.`,
        );
      this.volumes.set(name, { name, host: { sourcePath: source } });
    }
    return name;
  }

  /** A task-scoped volume for an anonymous volume at `target` of service `service`. */
  anonymous(service: string, target: string): string {
    const name = this.uniqueName(ecsName(`${service}-${target}`, `${service}-volume`));
    this.byKey.set(`anonymous:${name}`, name);
    this.volumes.set(name, { name });
    return name;
  }
}
