/**
 * Collects the report of one conversion. Every mapper reports at a path relative to what it reads
 * (`['ports', 0]`); the reporter turns it into the dotted source path of the input (`services.web.ports.0`
 * for compose, `--publish` for docker run), so the same mapper serves several input formats.
 */
import type { Severity } from '../../issues';
import type { ConvertReportEntry } from '../types';

export type SourcePath = readonly (string | number)[];

export class Reporter {
  constructor(
    readonly entries: ConvertReportEntry[],
    private readonly locate: (path: SourcePath) => string,
  ) {}

  /** A reporter for the whole input, whose paths are joined with dots. */
  static root(prefix: SourcePath = []): Reporter {
    return new Reporter([], (path) => [...prefix, ...path].join('.'));
  }

  add(severity: Severity, path: SourcePath, message: string): void {
    this.entries.push({ severity, source: this.locate(path), message });
  }
  info(path: SourcePath, message: string): void {
    this.add('info', path, message);
  }
  warn(path: SourcePath, message: string): void {
    this.add('warning', path, message);
  }
  error(path: SourcePath, message: string): void {
    this.add('error', path, message);
  }

  /** A reporter whose paths start at `prefix` (the same entries). */
  at(prefix: SourcePath): Reporter {
    return new Reporter(this.entries, (path) => this.locate([...prefix, ...path]));
  }

  /** A reporter that places paths with `locate` (the same entries), e.g. compose keys → docker run flags. */
  mapped(locate: (path: SourcePath) => string): Reporter {
    return new Reporter(this.entries, locate);
  }
}

export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A scalar as the string compose would see (numbers and booleans as written); undefined for anything else. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return undefined;
}

/** A string or a list of scalars, as a list of strings (compose accepts either for dns, tmpfs, env_file …). */
export function stringList(value: unknown): string[] | undefined {
  if (Array.isArray(value)) {
    const out = value.map(scalarText);
    return out.every((v) => v !== undefined) ? (out as string[]) : undefined;
  }
  const one = scalarText(value);
  return one === undefined ? undefined : [one];
}

/** `JSON.stringify` that never throws (for quoting odd values in messages). */
export function quote(value: unknown): string {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}

/** Sets an own property, even one named `__proto__` (which plain assignment would turn into a prototype). */
export function setOwn(target: Obj, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
