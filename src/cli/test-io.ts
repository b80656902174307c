import type { CliIo } from './run-cli';

/** An in-memory CliIo for tests: files from a record, output collected. */
export function memoryIo(files: Record<string, string>): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    readFile(path) {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
}
