/**
 * The `docker run` flags, each read into the compose key it means (so one mapper serves both), with how it takes
 * its value. Flags with no ECS equivalent map to the compose key the mapper already reports (e.g. `--pids-limit` →
 * `pids_limit`); a flag not listed here is reported as unknown.
 */

/** How a flag's value lands in the compose-like service: a list item, a scalar, a boolean, or a special reader. */
export type FlagKind =
  'list' | 'value' | 'bool' | 'health' | 'log-driver' | 'log-opt' | 'ulimit' | 'mount' | 'entrypoint' | 'stop-timeout' | 'ignore';

export interface FlagSpec {
  /** The compose key (for `health`: the healthcheck key; for `ignore`: unused). */
  key: string;
  kind: FlagKind;
  /** For `ignore`: the report's message. */
  note?: string;
}

const list = (key: string): FlagSpec => ({ key, kind: 'list' });
const value = (key: string): FlagSpec => ({ key, kind: 'value' });
const bool = (key: string): FlagSpec => ({ key, kind: 'bool' });
const health = (key: string): FlagSpec => ({ key, kind: 'health' });
const ignore = (note: string): FlagSpec => ({ key: '', kind: 'ignore', note });

/** Long flag names (without `--`) → what they mean. */
export const LONG_FLAGS: Record<string, FlagSpec> = {
  publish: list('ports'),
  expose: list('expose'),
  env: list('environment'),
  'env-file': list('env_file'),
  volume: list('volumes'),
  mount: { key: 'volumes', kind: 'mount' },
  tmpfs: list('tmpfs'),
  name: value('name'),
  workdir: value('working_dir'),
  user: value('user'),
  entrypoint: { key: 'entrypoint', kind: 'entrypoint' },
  'health-cmd': health('test'),
  'health-interval': health('interval'),
  'health-timeout': health('timeout'),
  'health-retries': health('retries'),
  'health-start-period': health('start_period'),
  'health-start-interval': health('start_interval'),
  'no-healthcheck': { key: 'disable', kind: 'health' },
  restart: value('restart'),
  memory: value('mem_limit'),
  'memory-reservation': value('mem_reservation'),
  'memory-swap': value('memswap_limit'),
  'memory-swappiness': value('mem_swappiness'),
  cpus: value('cpus'),
  'cpu-shares': value('cpu_shares'),
  'cap-add': list('cap_add'),
  'cap-drop': list('cap_drop'),
  ulimit: { key: 'ulimits', kind: 'ulimit' },
  'add-host': list('extra_hosts'),
  dns: list('dns'),
  'dns-search': list('dns_search'),
  'dns-option': list('dns_opt'),
  privileged: bool('privileged'),
  'read-only': bool('read_only'),
  init: bool('init'),
  tty: bool('tty'),
  interactive: bool('stdin_open'),
  label: list('labels'),
  'label-file': list('label_file'),
  'log-driver': { key: 'logging', kind: 'log-driver' },
  'log-opt': { key: 'logging', kind: 'log-opt' },
  'shm-size': value('shm_size'),
  network: value('network_mode'),
  net: value('network_mode'),
  hostname: value('hostname'),
  domainname: value('domainname'),
  pid: value('pid'),
  ipc: value('ipc'),
  platform: value('platform'),
  sysctl: list('sysctls'),
  device: list('devices'),
  'security-opt': list('security_opt'),
  'stop-timeout': { key: 'stop_grace_period', kind: 'stop-timeout' },
  'stop-signal': value('stop_signal'),
  gpus: value('gpus'),
  link: list('links'),
  'volumes-from': list('volumes_from'),
  'group-add': list('group_add'),
  'mac-address': value('mac_address'),
  'oom-kill-disable': bool('oom_kill_disable'),
  'oom-score-adj': value('oom_score_adj'),
  'pids-limit': value('pids_limit'),
  userns: value('userns_mode'),
  uts: value('uts'),
  runtime: value('runtime'),
  isolation: value('isolation'),
  'storage-opt': list('storage_opt'),
  'cgroup-parent': value('cgroup_parent'),
  cgroupns: value('cgroup'),
  'cpuset-cpus': value('cpuset'),
  'cpu-quota': value('cpu_quota'),
  'cpu-period': value('cpu_period'),
  'device-cgroup-rule': list('device_cgroup_rules'),
  pull: value('pull_policy'),
  rm: ignore('ECS removes stopped containers itself (ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION); --rm is not needed.'),
  detach: ignore('ECS always runs containers detached; --detach is not needed.'),
  'publish-all': ignore('ECS has no publish-all: list each port with --publish.'),
  'network-alias': ignore('ECS has no network aliases; Service Connect or service discovery names the service.'),
  ip: ignore("ECS assigns the task's address; --ip is left out."),
  ip6: ignore("ECS assigns the task's address; --ip6 is left out."),
  cidfile: ignore('ECS has no container ID file; left out.'),
  'sig-proxy': ignore('ECS has no signal proxy setting; left out.'),
  attach: ignore('ECS has no attached streams; left out.'),
  quiet: ignore('left out (only affects the docker client output).'),
};

/** Short flags → long names. */
export const SHORT_FLAGS: Record<string, string> = {
  p: 'publish',
  e: 'env',
  v: 'volume',
  w: 'workdir',
  u: 'user',
  m: 'memory',
  c: 'cpu-shares',
  l: 'label',
  h: 'hostname',
  t: 'tty',
  i: 'interactive',
  d: 'detach',
  P: 'publish-all',
  a: 'attach',
  q: 'quiet',
};

/** Flags that take no value (the rest take one: the next word, or after `=`). */
export const takesNoValue = (spec: FlagSpec, long: string) =>
  spec.kind === 'bool' || long === 'no-healthcheck' || ['rm', 'detach', 'publish-all', 'sig-proxy', 'quiet'].includes(long);
