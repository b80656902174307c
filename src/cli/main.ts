/**
 * `ecs-taskdef`: lints ECS task definition files with the editor's validation core (schema + rules).
 * Run from source with `npx tsx src/cli/main.ts lint FILE...`; bundled by `npm run build:cli` into dist-cli/main.js,
 * which bin/ecs-taskdef.js imports.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import packageJson from '../../package.json';
import { runCli, type CliIo } from './run-cli';

export { runCli, type CliIo } from './run-cli';

export const nodeIo: CliIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

/** Runs the CLI on `argv` with the real file system and console; returns the exit code (also set on the process). */
export function main(argv: readonly string[] = process.argv.slice(2)): number {
  // `ecs-taskdef lint … | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const code = runCli(argv, nodeIo, packageJson.version);
  process.exitCode = code;
  return code;
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) main();
