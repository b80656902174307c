/**
 * One compose service (or a `docker run` line read as one) → one ECS container definition. Every key is either
 * mapped, or reported at its path with what to do instead: nothing is dropped without a word.
 */
import type { JsonObject } from '../../issues';
import type { MapContext } from './context';
import { allowed } from './context';
import { mapEnvironment, mapExtraHosts, mapLabels, reportEnvFiles } from './environment';
import { commandWords, mapHealthcheck } from './healthcheck';
import { capabilityNames, mapDevices, mapSysctls, mapUlimits, sharedMemory } from './linux';
import { mapPorts } from './ports';
import type { Obj } from './reporter';
import { scalarText, stringList } from './reporter';
import { applySizes, mapDeploy, mapSizeKey } from './resources';
import type { Sizes } from './resources';
import { mapTmpfs, mapVolumes, mapVolumesFrom } from './volumes';
import { mapDependsOn, mapLogging, mapNetworkKey, mapRestart, mapStopGracePeriod } from './service-misc';
import { parseMebibytes } from './units';

/** Keys that have no ECS equivalent, with what the report says about each. */
const NO_EQUIVALENT: Record<string, string> = {
  container_name: 'ECS names the container after the service; container_name is left out.',
  networks: 'Containers of one task share the task network (awsvpc: localhost; bridge: links); compose networks are left out.',
  profiles: 'A task definition has no profiles; choose the services to convert instead.',
  build: 'ECS runs images only: build and push this image (e.g. to Amazon ECR) before you deploy.',
  configs: 'ECS has no configs: bake the file into the image, or read it from SSM Parameter Store, S3 or EFS.',
  secrets:
    'Compose secrets are files; ECS secrets are environment variables from Secrets Manager or SSM: add them under secrets with their ARNs.',
  expose: 'expose only documents ports between services; containers of one task reach each other without it.',
  extends: 'extends is not resolved: copy the keys of the extended service into this one before converting.',
  scale: "ECS runs several copies of a task through the service's desiredCount, not the task definition.",
  stop_signal: 'ECS always stops a container with SIGTERM then SIGKILL; set STOPSIGNAL in the image instead.',
  pull_policy: 'ECS pulls images by its agent setting (ECS_IMAGE_PULL_BEHAVIOR); pull_policy is left out.',
  domainname: 'ECS has no domain name setting; left out.',
  mac_address: 'ECS has no MAC address setting; left out.',
  external_links: 'ECS links only containers of the same task; external_links are left out.',
  develop: 'Compose Watch (develop) is a development tool; left out.',
  dns_opt: 'ECS has no DNS options (only dnsServers and dnsSearchDomains); left out.',
  group_add: 'ECS has no supplementary groups setting; set the group in user ("uid:gid") or in the image.',
  oom_kill_disable: 'ECS has no OOM-kill setting; left out.',
  oom_score_adj: 'ECS has no OOM score setting; left out.',
  pids_limit: 'ECS has no PID limit; left out.',
  cgroup_parent: 'ECS manages cgroups itself; left out.',
  cgroup: 'ECS manages cgroups itself; left out.',
  cpu_quota: 'ECS sizes CPU in units (cpu); cpu_quota is left out.',
  cpu_period: 'ECS sizes CPU in units (cpu); cpu_period is left out.',
  cpuset: 'ECS cannot pin CPUs; cpuset is left out.',
  cpu_count: 'ECS sizes CPU in units (cpu); cpu_count is left out.',
  cpu_percent: 'ECS sizes CPU in units (cpu); cpu_percent is left out.',
  blkio_config: 'ECS has no block I/O limits; left out.',
  userns_mode: 'ECS has no user namespace setting; left out.',
  uts: 'ECS has no UTS namespace setting; left out.',
  isolation: 'Linux tasks have no isolation setting; left out.',
  runtime: 'ECS picks the container runtime; left out.',
  storage_opt: 'ECS has no storage options per container; left out.',
  volume_driver: 'Set the driver on the volume (dockerVolumeConfiguration.driver) instead; left out.',
  post_start: 'ECS has no lifecycle hooks; run the command in the entrypoint instead.',
  pre_stop: 'ECS has no lifecycle hooks; handle SIGTERM in the process instead.',
  annotations: 'ECS has no annotations; left out (labels become dockerLabels).',
  attach: 'attach only affects compose logs; left out.',
  credential_spec: 'Set credentialSpecs (gMSA) on the container yourself; left out.',
  device_cgroup_rules: 'ECS has no device cgroup rules; left out.',
};

/** Keys whose loss changes what the container does (the others are only noted). */
const WARN_KEYS = new Set(['configs', 'secrets', 'extends', 'group_add', 'credential_spec', 'post_start', 'pre_stop']);

/** The image, or a `${NAME_IMAGE}` placeholder for a build-only service (reported). */
function image(service: Obj, ctx: MapContext): string {
  const text = scalarText(service.image);
  if (text) return text;
  const placeholder = `\${${ctx.name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_IMAGE}`;
  if (service.build !== undefined)
    ctx.r.warn(
      ['build'],
      `Service "${ctx.name}" only has a build; its image is the placeholder ${placeholder}: build and push the image, then set its URI.`,
    );
  else ctx.r.error(['image'], `Service "${ctx.name}" has no image; set to the placeholder ${placeholder}.`);
  return placeholder;
}

/** Maps `service` into a container definition; `linux` collects linuxParameters. */
export function mapService(service: Obj, ctx: MapContext): JsonObject {
  const { r } = ctx;
  const container: JsonObject = { name: ctx.name, image: image(service, ctx), essential: true };
  const linux: JsonObject = {};
  const capabilities: JsonObject = {};
  const sizes: Sizes = {};
  const mountPoints: JsonObject[] = [];
  const tmpfs: JsonObject[] = [];
  for (const [key, value] of Object.entries(service)) {
    const at = r.at([key]);
    if (key === 'image' || key.startsWith('x-') || value === null || value === undefined) continue;
    if (mapSizeKey(key, value, sizes, ctx)) continue;
    switch (key) {
      case 'build':
        if (service.image !== undefined)
          at.info([], 'ECS runs the image only; the build section is left out (build and push the image first).');
        break;
      case 'command':
      case 'entrypoint': {
        const words = commandWords(value, at);
        if (words) container[key === 'command' ? 'command' : 'entryPoint'] = words;
        break;
      }
      case 'ports':
        container.portMappings = mapPorts(value, ctx);
        break;
      case 'environment':
        container.environment = mapEnvironment(value, at);
        break;
      case 'env_file':
        reportEnvFiles(value, at);
        break;
      case 'depends_on':
        container.dependsOn = mapDependsOn(value, ctx);
        break;
      case 'healthcheck': {
        const check = mapHealthcheck(value, at);
        if (check) container.healthCheck = check;
        break;
      }
      case 'volumes': {
        const mounts = mapVolumes(value, ctx);
        mountPoints.push(...mounts.mountPoints);
        tmpfs.push(...mounts.tmpfs);
        break;
      }
      case 'tmpfs':
        tmpfs.push(...mapTmpfs(value, ctx));
        break;
      case 'volumes_from':
        container.volumesFrom = mapVolumesFrom(value, ctx);
        break;
      case 'user':
        container.user = scalarText(value) ?? '';
        break;
      case 'working_dir':
        container.workingDirectory = scalarText(value) ?? '';
        break;
      case 'privileged':
        if (value === true && allowed(ctx, key, 'privileged')) container.privileged = true;
        break;
      case 'read_only':
        container.readonlyRootFilesystem = value === true;
        break;
      case 'tty':
        container.pseudoTerminal = value === true;
        break;
      case 'stdin_open':
        container.interactive = value === true;
        break;
      case 'init':
        linux.initProcessEnabled = value === true;
        break;
      case 'hostname':
        if (allowed(ctx, key, 'hostname')) container.hostname = scalarText(value) ?? '';
        break;
      case 'extra_hosts':
        if (allowed(ctx, key, 'extraHosts')) container.extraHosts = mapExtraHosts(value, at);
        break;
      case 'dns':
        if (allowed(ctx, key, 'dnsServers')) container.dnsServers = stringList(value) ?? [];
        break;
      case 'dns_search':
        if (allowed(ctx, key, 'dnsSearchDomains')) container.dnsSearchDomains = stringList(value) ?? [];
        break;
      case 'cap_add': {
        const names = capabilityNames(value);
        const kept = ctx.launchType === 'fargate' ? names.filter((name) => name === 'SYS_PTRACE') : names;
        if (kept.length < names.length)
          at.warn(
            [],
            `Fargate only adds SYS_PTRACE; ${names.filter((n) => !kept.includes(n)).join(', ')} left out (choose EC2 to keep them).`,
          );
        if (kept.length) capabilities.add = kept;
        break;
      }
      case 'cap_drop':
        capabilities.drop = capabilityNames(value);
        break;
      case 'ulimits':
        container.ulimits = mapUlimits(value, ctx);
        break;
      case 'sysctls':
        container.systemControls = mapSysctls(value, ctx);
        break;
      case 'devices': {
        const devices = mapDevices(value, ctx);
        if (devices.length) linux.devices = devices;
        break;
      }
      case 'shm_size': {
        const size = sharedMemory(value, ctx);
        if (size !== undefined) linux.sharedMemorySize = size;
        break;
      }
      case 'memswap_limit': {
        const swap = parseMebibytes(value);
        const memory = parseMebibytes(service.mem_limit);
        if (String(value) === '-1') at.info([], 'Unlimited swap has no ECS equivalent; set linuxParameters.maxSwap to a size.');
        else if (swap === undefined || memory === undefined)
          at.warn([], 'ECS sets swap as maxSwap beside memory; without a readable mem_limit it is left out.');
        else if (allowed(ctx, key, 'maxSwap')) linux.maxSwap = Math.max(0, swap - memory);
        break;
      }
      case 'mem_swappiness':
        if (allowed(ctx, key, 'swappiness')) linux.swappiness = Number(scalarText(value));
        break;
      case 'security_opt':
        if (allowed(ctx, key, 'dockerSecurityOptions')) container.dockerSecurityOptions = stringList(value) ?? [];
        break;
      case 'stop_grace_period': {
        const seconds = mapStopGracePeriod(value, ctx);
        if (seconds !== undefined) container.stopTimeout = seconds;
        break;
      }
      case 'labels':
        container.dockerLabels = mapLabels(value, at);
        break;
      case 'logging': {
        const log = mapLogging(value, ctx);
        if (log) container.logConfiguration = log;
        break;
      }
      case 'restart': {
        const policy = mapRestart(value, ctx);
        if (policy) container.restartPolicy = policy;
        break;
      }
      case 'deploy':
        mapDeploy(value, sizes, at);
        break;
      case 'links': {
        if (!allowed(ctx, key, 'links')) break;
        const links = (stringList(value) ?? []).filter((link, i) => {
          const known = ctx.selected.has(link.split(':')[0]!);
          if (!known) r.warn([key, i], `"${link}" is not a container of this task; left out.`);
          return known;
        });
        container.links = links;
        break;
      }
      case 'pid':
      case 'ipc':
      case 'network_mode':
      case 'platform':
        mapNetworkKey(key, value, ctx);
        break;
      default: {
        const message = NO_EQUIVALENT[key];
        if (message) at.add(WARN_KEYS.has(key) ? 'warning' : 'info', [], message);
        else at.warn([], `Compose key "${key}" has no ECS equivalent; left out.`);
      }
    }
  }
  applySizes(container, sizes, ctx);
  if (mountPoints.length) container.mountPoints = mountPoints;
  if (tmpfs.length) linux.tmpfs = tmpfs;
  if (Object.keys(capabilities).length) linux.capabilities = capabilities;
  if (Object.keys(linux).length) container.linuxParameters = linux;
  if (typeof container.user === 'string' && container.user === '') delete container.user;
  return container;
}
