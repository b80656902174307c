/**
 * Reads `docker run` lines (a line may continue with `\`; several lines are several containers) into compose-like
 * services, remembering which flag each key and list item came from so the report can name it.
 */
import { splitShellWords } from '../../shell-words';
import type { Obj } from '../compose/reporter';
import { setOwn } from '../compose/reporter';
import { LONG_FLAGS, SHORT_FLAGS, takesNoValue } from './flags';

export interface RunCommand {
  /** The service the flags describe (compose keys). */
  service: Obj;
  /** Where each compose key (and each of its list items) came from: the flag as typed. */
  sources: Map<string, string[]>;
  /** Findings while reading the flags: [flag, severity, message]. */
  notes: [string, 'info' | 'warning' | 'error', string][];
  image?: string;
}

const RUN = /^\s*(?:\$\s+)?(?:sudo\s+)?(?:docker|podman)\s+(?:container\s+)?run\b/;

/** True when the first command of `text` is `docker run` or `docker container run` (comments and blanks skipped). */
export function looksLikeDockerRun(text: string): boolean {
  const first = text.split('\n').find((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  return first !== undefined && RUN.test(first);
}

/** The commands of `text`: continued lines joined, each starting with `docker run`; other lines are returned apart. */
export function splitCommands(text: string): { commands: string[]; other: string[] } {
  const joined = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  const commands: string[] = [];
  const other: string[] = [];
  for (const line of joined) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    (RUN.test(line) ? commands : other).push(line);
  }
  return { commands, other };
}

function push(run: RunCommand, key: string, flag: string, item: unknown): void {
  const current = run.service[key];
  if (Array.isArray(current)) current.push(item);
  else setOwn(run.service, key, [item]);
  const sources = run.sources.get(key) ?? [];
  sources.push(flag);
  run.sources.set(key, sources);
}

function set(run: RunCommand, key: string, flag: string, item: unknown): void {
  setOwn(run.service, key, item);
  run.sources.set(key, [flag]);
}

/** `type=bind,source=/a,target=/b,readonly` → the compose long volume syntax. */
function parseMount(text: string): Obj {
  const mount: Obj = {};
  for (const part of text.split(',')) {
    const [rawKey = '', val] = part.split(/=(.*)/s);
    const key = rawKey.trim();
    if (key === 'src' || key === 'source') mount.source = val;
    else if (key === 'dst' || key === 'destination' || key === 'target') mount.target = val;
    else if (key === 'type') mount.type = val;
    else if (key === 'readonly' || key === 'ro') mount.read_only = val === undefined || val === 'true' || val === '1';
    else if (key === 'tmpfs-size') mount.tmpfs = { size: val };
    else if (key) mount[key] = val ?? true;
  }
  return mount;
}

function health(run: RunCommand, key: string, flag: string, item: unknown): void {
  const check = (run.service.healthcheck as Obj | undefined) ?? {};
  check[key] = key === 'test' && typeof item === 'string' ? item : item;
  run.service.healthcheck = check;
  run.sources.set(`healthcheck.${key}`, [flag]);
  run.sources.set('healthcheck', [flag]);
}

/** Reads one `docker run` command line. */
export function parseRun(line: string): RunCommand {
  const words = splitShellWords(line.replace(/^\s*\$\s+/, ''));
  const run: RunCommand = { service: {}, sources: new Map(), notes: [] };
  let i = words.findIndex((w) => w === 'run') + 1;
  while (i < words.length) {
    const word = words[i]!;
    if (word === '--') {
      i++;
      break;
    }
    if (!word.startsWith('-') || word === '-') break;
    let long: string;
    let inline: string | undefined;
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      long = eq > 0 ? word.slice(2, eq) : word.slice(2);
      inline = eq > 0 ? word.slice(eq + 1) : undefined;
    } else {
      const letter = word[1]!;
      long = SHORT_FLAGS[letter] ?? `-${letter}`;
      const spec = LONG_FLAGS[long];
      const rest = word.slice(2);
      if (rest !== '' && spec && takesNoValue(spec, long)) {
        // Grouped boolean short flags: -it, -dit.
        for (const extra of rest) {
          const other = SHORT_FLAGS[extra];
          const otherSpec = other ? LONG_FLAGS[other] : undefined;
          if (other && otherSpec && takesNoValue(otherSpec, other)) apply(run, other, `-${extra}`, undefined);
          else run.notes.push([word, 'warning', `Unknown docker run flag "-${extra}"; left out.`]);
        }
      } else if (rest !== '') inline = rest.replace(/^=/, '');
    }
    const spec = LONG_FLAGS[long];
    if (!spec) {
      const nextIsValue = inline === undefined && i + 1 < words.length && !words[i + 1]!.startsWith('-') && i + 2 < words.length;
      run.notes.push([
        word,
        'warning',
        `Unknown docker run flag "${word}"; left out${nextIsValue ? ` (its value "${words[i + 1]}" too)` : ''}.`,
      ]);
      i += nextIsValue ? 2 : 1;
      continue;
    }
    let valueText = inline;
    if (valueText === undefined && !takesNoValue(spec, long)) {
      valueText = words[i + 1];
      i++;
      if (valueText === undefined) {
        run.notes.push([word, 'warning', `${word} needs a value; left out.`]);
        break;
      }
    }
    apply(run, long, word.startsWith('--') ? `--${long}` : word.slice(0, 2), valueText);
    i++;
  }
  const image = words[i];
  if (image !== undefined) {
    run.image = image;
    run.service.image = image;
    run.sources.set('image', ['IMAGE']);
  }
  const command = words.slice(i + 1);
  if (command.length) set(run, 'command', 'COMMAND', command);
  return run;
}

function apply(run: RunCommand, long: string, flag: string, valueText: string | undefined): void {
  const spec = LONG_FLAGS[long]!;
  const boolValue = valueText === undefined || !['false', '0'].includes(valueText);
  switch (spec.kind) {
    case 'list':
      push(run, spec.key, flag, valueText);
      break;
    case 'value':
      set(run, spec.key, flag, valueText);
      break;
    case 'bool':
      set(run, spec.key, flag, boolValue);
      break;
    case 'entrypoint':
      // docker run --entrypoint names one executable: it is not split into words.
      set(run, spec.key, flag, valueText === '' ? [] : [valueText]);
      break;
    case 'stop-timeout':
      set(run, spec.key, flag, Number(valueText));
      break;
    case 'mount':
      push(run, 'volumes', flag, parseMount(valueText ?? ''));
      break;
    case 'health':
      health(run, spec.key, flag, spec.key === 'disable' ? boolValue : valueText);
      break;
    case 'ulimit': {
      const [name = '', limits = ''] = (valueText ?? '').split('=');
      const [soft, hard = soft] = limits.split(':');
      const ulimits = (run.service.ulimits as Obj | undefined) ?? {};
      setOwn(ulimits, name, { soft, hard });
      run.service.ulimits = ulimits;
      run.sources.set('ulimits', [flag]);
      break;
    }
    case 'log-driver': {
      const logging = (run.service.logging as Obj | undefined) ?? {};
      logging.driver = valueText;
      run.service.logging = logging;
      run.sources.set('logging', [flag]);
      break;
    }
    case 'log-opt': {
      const logging = (run.service.logging as Obj | undefined) ?? {};
      const options = (logging.options as Obj | undefined) ?? {};
      const [name = '', val = ''] = (valueText ?? '').split(/=(.*)/s);
      setOwn(options, name, val);
      logging.options = options;
      run.service.logging = logging;
      if (!run.sources.has('logging')) run.sources.set('logging', [flag]);
      break;
    }
    case 'ignore':
      run.notes.push([flag, 'info', spec.note ?? 'left out.']);
      break;
  }
}
