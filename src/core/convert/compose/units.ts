/** Compose and Docker units: durations (`1m30s`), byte sizes (`512m`, `1gb`) and CPU counts (`0.5`). */

const DURATION_PART = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g;
const SECONDS: Record<string, number> = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** Seconds in a compose duration (`1m30s`, `10s`, `500ms`, a bare number of seconds); undefined when unreadable. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === '' || text.replace(DURATION_PART, '') !== '') return undefined;
  let total = 0;
  for (const match of text.matchAll(DURATION_PART)) total += Number(match[1]) * SECONDS[match[2]!]!;
  return total;
}

const BYTE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** Bytes in a Docker byte size (`512m`, `1gb`, `100k`, a bare number of bytes); undefined when unreadable. */
export function parseBytes(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)(?:b|ib)?$/i.exec(value.trim());
  if (!match) return undefined;
  return Number(match[1]) * BYTE_UNITS[match[2]!.toLowerCase()]!;
}

/** MiB (rounded up) in a Docker byte size; undefined when unreadable. */
export function parseMebibytes(value: unknown): number | undefined {
  const bytes = parseBytes(value);
  return bytes === undefined ? undefined : Math.ceil(bytes / 1024 ** 2);
}

/** ECS CPU units (1024 a core) for a CPU count such as `0.5` or `"2"`; undefined when unreadable. */
export function cpuUnits(value: unknown): number | undefined {
  const cpus = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d*\.?\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(cpus) && cpus >= 0 ? Math.round(cpus * 1024) : undefined;
}

/** A volume or family name ECS accepts (letters, digits, `-`, `_`, up to 255) made from any text. */
export function ecsName(text: string, fallback: string): string {
  const name = text
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 255);
  return name === '' ? fallback : name;
}
