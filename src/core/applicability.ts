/**
 * Which fields the chosen launch types, network mode and operating system forbid or ignore
 * (reference sections 4 to 6), so a form can disable or mark them with the reason in one line.
 * The ECS rules (core/rules) report the same situations as issues once a value is there; this module
 * answers the question before the user types: "may I set this here?".
 * Pure and fast: one lookup per rendered field, memoised per document.
 */
import type { JsonObject } from './issues';
import { getAtPath, type Path } from './paths';

/** Why a field does not apply. `values`: only these values are forbidden (the field itself is fine). */
export interface Applicability {
  /** `forbidden`: registration fails or the service rejects it. `ignored`: accepted but has no effect. */
  status: 'forbidden' | 'ignored';
  /** One line, in our words, saying why. */
  reason: string;
  /** When set, only these values of the field are forbidden (pidMode "host" on Fargate). */
  values?: readonly string[];
  /** When set, any value but these is forbidden (a Docker volume driver on Windows: only "local"). */
  onlyValues?: readonly string[];
}

/** True for values that hold nothing: missing, null, "", [] and {}. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/**
 * What a note means for a control that holds `value`. A note on some values leaves the control enabled and
 * is violated only by those values; a forbidden field is disabled when empty (there is nothing to clear)
 * and violated when set.
 */
export function noteOnValue(note: Applicability, value: unknown): { disabled: boolean; violated: boolean } {
  if (note.values) return { disabled: false, violated: typeof value === 'string' && note.values.includes(value) };
  if (note.onlyValues) return { disabled: false, violated: typeof value === 'string' && value !== '' && !note.onlyValues.includes(value) };
  const empty = isEmptyValue(value);
  return { disabled: note.status === 'forbidden' && empty, violated: note.status === 'forbidden' && !empty };
}

/** The facts about a document the rules depend on, computed once per document. */
interface Facts {
  fargate: boolean;
  external: boolean;
  managed: boolean;
  /** Some launch type is listed. */
  launchTypesKnown: boolean;
  windows: boolean;
  /** operatingSystemFamily is explicitly LINUX. */
  linux: boolean;
  /** The network mode in effect: the set value, or what omitting it means here. */
  mode: string;
}

type Check = (facts: Facts, doc: JsonObject, path: Path) => Applicability | null;

const forbidden = (reason: string, values?: readonly string[]): Applicability => ({
  status: 'forbidden',
  reason,
  ...(values ? { values } : {}),
});
const ignored = (reason: string): Applicability => ({ status: 'ignored', reason });

const NOT_FARGATE = (what: string) => (f: Facts) => (f.fargate ? forbidden(`Fargate does not support ${what}.`) : null);
const NOT_MANAGED = (what: string) => (f: Facts) => (f.managed ? forbidden(`Managed Instances do not support ${what}.`) : null);
const NOT_WINDOWS = (what: string) => (f: Facts) => (f.windows ? forbidden(`Windows containers do not support ${what}.`) : null);

/** Runs checks in order; the first that objects wins. */
const all =
  (...checks: Check[]): Check =>
  (facts, doc, path) => {
    for (const check of checks) {
      const result = check(facts, doc, path);
      if (result) return result;
    }
    return null;
  };

/** The value of a sibling of the field at `path` (same parent object). */
const sibling = (doc: JsonObject, path: Path, key: string) => getAtPath(doc, [...path.slice(0, -1), key]);
const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** Rules by path pattern (`*` = any index). A rule on an object also covers everything inside it. */
const RULES: [string, Check][] = [
  // Task level (reference 2.1, 5, 6).
  ['placementConstraints', NOT_FARGATE('placement constraints')],
  [
    'pidMode',
    all(NOT_WINDOWS('pidMode'), (f) => (f.fargate ? forbidden('Fargate allows only "task" (no host PID namespace).', ['host']) : null)),
  ],
  ['ipcMode', all(NOT_WINDOWS('ipcMode'), NOT_FARGATE('ipcMode'), NOT_MANAGED('ipcMode'))],
  [
    'proxyConfiguration',
    all(NOT_WINDOWS('App Mesh proxy configuration'), NOT_MANAGED('App Mesh proxy configuration'), (f) =>
      f.external ? forbidden('ECS Anywhere (EXTERNAL) does not support App Mesh.') : null,
    ),
  ],
  [
    'ephemeralStorage',
    all(NOT_MANAGED('ephemeral storage'), (f) =>
      f.launchTypesKnown && !f.fargate ? ignored("Only Fargate uses it; on EC2 the instance's disk is used.") : null,
    ),
  ],
  [
    'inferenceAccelerators',
    all(NOT_MANAGED('inference accelerators'), () => ignored('Elastic Inference was discontinued in April 2023; remove these.')),
  ],
  ['cpu', (f) => (f.windows && !f.fargate ? ignored('Windows containers on EC2 ignore task CPU; set it per container.') : null)],
  ['memory', (f) => (f.windows && !f.fargate ? ignored('Windows containers on EC2 ignore task memory; set it per container.') : null)],
  ['runtimePlatform.cpuArchitecture', (f) => (f.windows ? forbidden('Windows runs on X86_64 only.', ['ARM64']) : null)],
  [
    'networkMode',
    (f) =>
      f.fargate
        ? forbidden('Fargate requires awsvpc.', ['bridge', 'host', 'none'])
        : f.external
          ? forbidden('ECS Anywhere does not support awsvpc.', ['awsvpc'])
          : f.managed
            ? forbidden('Managed Instances support awsvpc and host.', ['bridge', 'none'])
            : f.windows
              ? forbidden('Windows supports the default (NAT) and awsvpc.', ['bridge', 'host', 'none'])
              : null,
  ],

  // Container level (reference 2.2, 4.3, 5, 6).
  [
    'containerDefinitions.*.links',
    all(NOT_WINDOWS('links'), (f) => (f.mode !== 'bridge' ? forbidden('Links work only in bridge network mode.') : null)),
  ],
  ['containerDefinitions.*.portMappings', (f) => (f.mode === 'none' ? forbidden('Network mode "none" allows no port mappings.') : null)],
  [
    'containerDefinitions.*.portMappings.*.hostPort',
    (f, doc, path) =>
      !isBlank(sibling(doc, path, 'containerPortRange'))
        ? forbidden('Leave it empty when a container port range is set.')
        : f.mode === 'awsvpc' || f.mode === 'host'
          ? ignored(`In ${f.mode} mode the host port is the container port: leave it empty or equal.`)
          : null,
  ],
  [
    'containerDefinitions.*.portMappings.*.containerPortRange',
    (f) => (f.mode !== 'bridge' && f.mode !== 'awsvpc' ? forbidden('Port ranges work only in bridge and awsvpc modes.') : null),
  ],
  [
    'containerDefinitions.*.hostname',
    all(NOT_MANAGED('hostname'), (f) => (f.mode === 'awsvpc' ? forbidden('awsvpc tasks cannot set a hostname.') : null)),
  ],
  [
    'containerDefinitions.*.extraHosts',
    all(NOT_WINDOWS('extra hosts'), NOT_MANAGED('extra hosts'), (f) =>
      f.mode === 'awsvpc' ? forbidden('awsvpc tasks cannot add /etc/hosts entries.') : null,
    ),
  ],
  [
    'containerDefinitions.*.disableNetworking',
    all(NOT_WINDOWS('disableNetworking'), NOT_FARGATE('disableNetworking'), NOT_MANAGED('disableNetworking')),
  ],
  ['containerDefinitions.*.privileged', all(NOT_WINDOWS('privileged mode'), NOT_FARGATE('privileged containers'))],
  ['containerDefinitions.*.readonlyRootFilesystem', NOT_WINDOWS('a read-only root file system')],
  ['containerDefinitions.*.dnsServers', all(NOT_WINDOWS('DNS servers'), NOT_FARGATE('DNS servers'), NOT_MANAGED('DNS servers'))],
  [
    'containerDefinitions.*.dnsSearchDomains',
    all(NOT_WINDOWS('DNS search domains'), NOT_FARGATE('DNS search domains'), NOT_MANAGED('DNS search domains')),
  ],
  ['containerDefinitions.*.dockerSecurityOptions', all(NOT_FARGATE('Docker security options'), NOT_MANAGED('Docker security options'))],
  ['containerDefinitions.*.dockerLabels', NOT_MANAGED('Docker labels')],
  ['containerDefinitions.*.ulimits', NOT_WINDOWS('ulimits')],
  ['containerDefinitions.*.systemControls', NOT_WINDOWS('system controls')],
  ['containerDefinitions.*.linuxParameters', NOT_WINDOWS('Linux parameters')],
  ['containerDefinitions.*.linuxParameters.devices', NOT_FARGATE('host devices')],
  ['containerDefinitions.*.linuxParameters.sharedMemorySize', all(NOT_FARGATE('shared memory size'), NOT_MANAGED('shared memory size'))],
  ['containerDefinitions.*.linuxParameters.tmpfs', all(NOT_FARGATE('tmpfs mounts'), NOT_MANAGED('tmpfs mounts'))],
  ['containerDefinitions.*.linuxParameters.maxSwap', all(NOT_FARGATE('swap'), NOT_MANAGED('swap'))],
  [
    'containerDefinitions.*.linuxParameters.swappiness',
    all(NOT_FARGATE('swap'), NOT_MANAGED('swap'), (_f, doc, path) =>
      isBlank(sibling(doc, path, 'maxSwap')) ? ignored('Takes effect only when max swap is set.') : null,
    ),
  ],
  [
    'containerDefinitions.*.logConfiguration.logDriver',
    (f) =>
      f.fargate
        ? forbidden('Fargate supports only awslogs, splunk and awsfirelens.', ['json-file', 'syslog', 'journald', 'gelf', 'fluentd'])
        : null,
  ],
  [
    'containerDefinitions.*.resourceRequirements.*.sharingStrategy',
    all(NOT_FARGATE('GPUs'), (f) => (f.external ? forbidden('ECS Anywhere does not support GPU sharing.') : null)),
  ],

  // Volumes (reference 2.4, 5, 6).
  ['volumes.*.host.sourcePath', all(NOT_FARGATE('host paths'), NOT_MANAGED('host paths'))],
  ['volumes.*.dockerVolumeConfiguration', all(NOT_FARGATE('Docker volumes'), NOT_MANAGED('Docker volumes'))],
  [
    'volumes.*.dockerVolumeConfiguration.driver',
    (f) => (f.windows ? { status: 'forbidden', reason: 'Windows supports only the "local" driver.', onlyValues: ['local'] } : null),
  ],
  [
    'volumes.*.dockerVolumeConfiguration.autoprovision',
    (_f, doc, path) => (sibling(doc, path, 'scope') !== 'shared' ? ignored('Used only when the scope is shared.') : null),
  ],
  ['volumes.*.efsVolumeConfiguration', (f) => (f.external ? forbidden('ECS Anywhere cannot mount EFS volumes.') : null)],
  [
    'volumes.*.efsVolumeConfiguration.rootDirectory',
    (_f, doc, path) =>
      isBlank(getAtPath(doc, [...path.slice(0, -1), 'authorizationConfig', 'accessPointId']))
        ? null
        : ignored('The access point sets the directory: leave it empty or "/".'),
  ],
  [
    'volumes.*.s3filesVolumeConfiguration.rootDirectory',
    (_f, doc, path) =>
      isBlank(sibling(doc, path, 'accessPointArn')) ? null : ignored('The access point sets the directory: leave it empty or "/".'),
  ],
  [
    'volumes.*.fsxWindowsFileServerVolumeConfiguration',
    all(NOT_MANAGED('FSx for Windows File Server volumes'), (f) =>
      f.linux ? forbidden('FSx for Windows File Server volumes need a Windows operating system.') : null,
    ),
  ],
];

/** Rules indexed by their pattern's length and last segment, so a lookup tries only a few. */
const RULE_INDEX = new Map<string, { pattern: string[]; check: Check }[]>();
for (const [pattern, check] of RULES) {
  const segments = pattern.split('.');
  const key = `${segments.length}:${segments[segments.length - 1]}`;
  RULE_INDEX.set(key, [...(RULE_INDEX.get(key) ?? []), { pattern: segments, check }]);
}

function matches(pattern: string[], path: Path): boolean {
  return pattern.every((segment, i) => (segment === '*' ? typeof path[i] === 'number' : segment === path[i]));
}

function factsOf(doc: JsonObject): Facts {
  const types = Array.isArray(doc.requiresCompatibilities) ? doc.requiresCompatibilities : [];
  const has = (type: string) => types.includes(type);
  const platform = doc.runtimePlatform;
  const os =
    platform !== null && typeof platform === 'object' && !Array.isArray(platform) && typeof platform.operatingSystemFamily === 'string'
      ? platform.operatingSystemFamily
      : '';
  const windows = os.startsWith('WINDOWS');
  const managedOnly = has('MANAGED_INSTANCES') && types.length === 1;
  const mode =
    typeof doc.networkMode === 'string' && doc.networkMode !== ''
      ? doc.networkMode
      : has('FARGATE') || managedOnly
        ? 'awsvpc'
        : windows
          ? 'nat'
          : 'bridge';
  return {
    fargate: has('FARGATE'),
    external: has('EXTERNAL'),
    managed: has('MANAGED_INSTANCES'),
    launchTypesKnown: types.length > 0,
    windows,
    linux: os === 'LINUX',
    mode,
  };
}

const memo = new WeakMap<JsonObject, { facts: Facts; results: Map<string, Applicability | null> }>();

/** One object per distinct answer, so a result compares equal by identity across documents (no re-render). */
const interned = new Map<string, Applicability>();
function intern(result: Applicability | null): Applicability | null {
  if (!result) return null;
  const id = `${result.status}|${result.reason}|${result.values?.join(',') ?? ''}|${result.onlyValues?.join(',') ?? ''}`;
  let known = interned.get(id);
  if (!known) interned.set(id, (known = result));
  return known;
}

function compute(doc: JsonObject, facts: Facts, path: Path): Applicability | null {
  let ignoredResult: Applicability | null = null;
  // The field itself first, then each enclosing object: a rule on `linuxParameters` covers `linuxParameters.tmpfs.0.size`.
  for (let length = path.length; length > 0; length--) {
    const last = path[length - 1];
    if (typeof last !== 'string') continue;
    const prefix = path.slice(0, length);
    for (const { pattern, check } of RULE_INDEX.get(`${length}:${last}`) ?? []) {
      if (!matches(pattern, prefix)) continue;
      const result = check(facts, doc, prefix);
      if (result?.status === 'forbidden') return result;
      ignoredResult ??= result;
    }
  }
  return ignoredResult;
}

/**
 * Whether the field at `path` is forbidden or ignored in this document, with the reason; `null` when it
 * applies. The same document and path always give the same object (memoised per document). `key` is the
 * path's dotted form (`toFieldName(path)`), passed by callers that have it already.
 */
export function fieldApplicability(doc: JsonObject, path: Path, key: string = path.join('.')): Applicability | null {
  let entry = memo.get(doc);
  if (!entry) {
    entry = { facts: factsOf(doc), results: new Map() };
    memo.set(doc, entry);
  }
  let result = entry.results.get(key);
  if (result === undefined) {
    result = intern(compute(doc, entry.facts, path));
    entry.results.set(key, result);
  }
  return result;
}
