/**
 * `.env` text → environment variables, with every line we could not take as written reported by line.
 *
 * Accepted (the dotenv conventions people paste from): `NAME=value`, blank lines, `#` comment lines,
 * an `export ` prefix, `=` inside values (the first `=` splits), empty values, single quotes (literal),
 * double quotes (`\n`, `\r`, `\t`, `\"`, `\\` escapes), quoted values spanning lines, inline comments that
 * start with whitespace + `#` outside quotes (`A=b#c` keeps `b#c`), CRLF and a byte-order mark.
 * No `$VAR` expansion: ECS passes values literally, so we keep them literally.
 */

export interface EnvEntry {
  name: string;
  value: string;
  /** One-based line where the entry starts. */
  line: number;
}

export interface EnvProblem {
  /** One-based line. */
  line: number;
  message: string;
  /** `error`: the line was skipped. `warning`: the entry was taken, but look at it. */
  severity: 'error' | 'warning';
}

export interface ParsedEnvFile {
  entries: EnvEntry[];
  problems: EnvProblem[];
}

/** The portable shape of an environment variable name (what a shell can reference). */
const PORTABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const DOUBLE_QUOTE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** Why `name` is a questionable environment variable name, or `undefined` when it is fine. */
export function envNameProblem(name: string): string | undefined {
  if (name === '') return 'the name is empty';
  if (/^\s|\s$/.test(name)) return 'the name starts or ends with whitespace';
  if (/\s/.test(name)) return 'the name contains a space';
  if (!PORTABLE_NAME.test(name))
    return 'the name has characters other than letters, digits and _ (or starts with a digit); a shell cannot reference it';
  return undefined;
}

interface QuotedValue {
  value: string;
  /** Index of the line where the closing quote was found. */
  endLine: number;
  /** What follows the closing quote on that line. */
  rest: string;
}

/** Reads a quoted value starting at `start` (just after the opening quote), possibly over several lines. */
function readQuoted(lines: string[], lineIndex: number, start: number, quote: string): QuotedValue | undefined {
  let value = '';
  for (let l = lineIndex; l < lines.length; l++) {
    const text = lines[l]!;
    for (let i = l === lineIndex ? start : 0; i < text.length; i++) {
      const char = text[i]!;
      if (char === quote) return { value, endLine: l, rest: text.slice(i + 1) };
      if (quote === '"' && char === '\\' && i + 1 < text.length) {
        const next = text[i + 1]!;
        value += DOUBLE_QUOTE_ESCAPES[next] ?? `\\${next}`;
        i++;
      } else value += char;
    }
    value += '\n';
  }
  return undefined;
}

/** Parses `.env` text. Never throws: what cannot be read becomes a problem on its line. */
export function parseEnvFile(text: string): ParsedEnvFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const entries: EnvEntry[] = [];
  const problems: EnvProblem[] = [];
  const problem = (line: number, message: string, severity: EnvProblem['severity']) => problems.push({ line, message, severity });
  for (let l = 0; l < lines.length; l++) {
    const lineNumber = l + 1;
    const trimmed = lines[l]!.replace(/^\s+/, '');
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const body = trimmed.replace(/^export\s+/, '');
    const equals = body.indexOf('=');
    if (equals < 0) {
      problem(lineNumber, `no "=" on this line; write NAME=value`, 'error');
      continue;
    }
    const rawName = body.slice(0, equals);
    const name = rawName.replace(/\s+$/, '');
    if (name === '') {
      problem(lineNumber, 'the name before "=" is empty', 'error');
      continue;
    }
    if (name !== rawName) problem(lineNumber, `whitespace before "=" was removed from the name "${name}"`, 'warning');
    const nameProblem = envNameProblem(name);
    if (nameProblem) problem(lineNumber, `${nameProblem}: "${name}"`, 'warning');
    const afterEquals = body.slice(equals + 1);
    const valueStart = afterEquals.replace(/^[ \t]+/, '');
    const quote = valueStart[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      const offset = body.length - valueStart.length + 1;
      const quoted = readQuoted([body, ...lines.slice(l + 1)], 0, offset, quote);
      if (!quoted) {
        problem(lineNumber, `the closing ${quote} quote is missing`, 'error');
        continue;
      }
      const rest = quoted.rest.trim();
      if (rest !== '' && !rest.startsWith('#')) {
        problem(lineNumber + quoted.endLine, `text after the closing quote is ignored: ${rest}`, 'warning');
      }
      entries.push({ name, value: quoted.value, line: lineNumber });
      l += quoted.endLine;
      continue;
    }
    const comment = /[ \t]#/.exec(valueStart);
    const value = (comment ? valueStart.slice(0, comment.index) : valueStart).replace(/\s+$/, '');
    entries.push({ name, value, line: lineNumber });
  }
  return { entries, problems };
}

/** Names used more than once, each with the indexes (into `entries`) where it appears. */
export function findDuplicateNames(entries: readonly { name: string }[]): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    if (entry.name === '') return;
    byName.set(entry.name, [...(byName.get(entry.name) ?? []), i]);
  });
  for (const [name, indexes] of byName) if (indexes.length < 2) byName.delete(name);
  return byName;
}

const nameCollator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Entries ordered by name (case-insensitive, digits by value: VAR2 before VAR10); equal names keep their order. */
export function sortByName<T extends { name: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => nameCollator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Every word of {@link SECRET_WORDS} contains one of these (case-insensitive). */
const SECRET_HINT = /PASS|SECRET|TOKEN|KEY|CREDENTIAL|PRIVATE/i;

/** Name words that mean the variable holds a credential. */
const SECRET_WORDS = ['PASSWORD', 'PASSWD', 'PASSPHRASE', 'PASS', 'SECRET', 'TOKEN', 'KEY', 'APIKEY', 'CREDENTIAL', 'PRIVATE'];
/** Last name words that describe a secret rather than hold it (SECRET_ARN, TOKEN_URL, KEY_ID …). */
const DESCRIBES_A_SECRET = new Set([
  'ARN',
  'NAME',
  'ID',
  'PATH',
  'FILE',
  'URL',
  'URI',
  'ENDPOINT',
  'HOST',
  'PORT',
  'REGION',
  'TTL',
  'TIMEOUT',
  'EXPIRY',
  'LENGTH',
  'SIZE',
  'TYPE',
  'HEADER',
  'PREFIX',
  'ENABLED',
  'BUCKET',
  'PARAMETER',
  'VERSION',
  'ALGORITHM',
  'MODE',
  'METHOD',
]);

function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
}

/** Shannon entropy of `value` in bits per character. */
export function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  const length = [...value].length;
  let bits = 0;
  for (const count of counts.values()) bits -= (count / length) * Math.log2(count / length);
  return bits;
}

/** Bits per character above which a run of letters and digits looks random rather than made of words. */
export const SECRET_ENTROPY_THRESHOLD = 3.5;
/** Shorter values are not judged by entropy: too few characters to tell randomness from words. */
export const SECRET_MIN_LENGTH = 20;
/** The shortest run between separators that can hold a generated key. */
const MIN_RANDOM_RUN = 16;
const RELATIVE_FILE = /^[\w.-]+(\/[\w.-]+)+\.[A-Za-z0-9]{1,5}$/;

/**
 * True for a value that looks generated (an API key, a token, base64 or hex): at least 20 characters, no
 * spaces, not a URL, path or ARN, and with a run of at least 16 characters between separators (- _ . : , ; @)
 * that mixes letters and digits with a Shannon entropy above {@link SECRET_ENTROPY_THRESHOLD} bits per
 * character. Judging the longest run rather than the whole value keeps host names, bucket names and
 * dotted identifiers (short words between separators) from looking random.
 */
export function looksRandom(value: string): boolean {
  if (value.length < SECRET_MIN_LENGTH || /\s/.test(value)) return false;
  if (/^(arn:|\/|\.{1,2}\/|~\/)/.test(value) || value.includes('://') || RELATIVE_FILE.test(value)) return false;
  const longest = value.split(/[-_.:,;@]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  return (
    longest.length >= MIN_RANDOM_RUN && /\d/.test(longest) && /[A-Za-z]/.test(longest) && shannonEntropy(longest) > SECRET_ENTROPY_THRESHOLD
  );
}

/**
 * The names AWS Security Hub control ECS.8 (AWS Config rule ecs-no-environment-secrets) looks for in
 * `environment`: credentials whatever their value looks like.
 */
export const ECS8_SECRET_NAMES: ReadonlySet<string> = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'ECS_ENGINE_AUTH_DATA']);

/**
 * True when a variable probably holds a credential and belongs in `secrets`: one of the ECS.8 names above, or when its name says so
 * (PASSWORD, SECRET, TOKEN, KEY, CREDENTIAL, PRIVATE … as a word or word ending, unless it ends in a word
 * such as ARN, URL or ID that describes the secret instead) or its value looks randomly generated.
 * A value that already is an ARN reference is not a secret.
 */
export function looksSecret(name: string, value: string): boolean {
  if (ECS8_SECRET_NAMES.has(name.trim())) return true;
  if (value.startsWith('arn:')) return false;
  // Cheap pre-filter (the rules engine runs this on every variable at every keystroke): every secret word
  // contains one of these letters groups, so most names skip the word splitting below.
  if (!SECRET_HINT.test(name)) return looksRandom(value);
  const words = nameWords(name);
  const last = words[words.length - 1];
  const byName =
    last !== undefined &&
    !DESCRIBES_A_SECRET.has(last) &&
    words.some((word) =>
      SECRET_WORDS.some((secret) => word === secret || word === `${secret}S` || (secret.length > 4 && word.endsWith(secret))),
    );
  const trivialValue = /^(true|false|yes|no|on|off|\d{1,6})$/i.test(value);
  return (byName && !trivialValue) || looksRandom(value);
}
