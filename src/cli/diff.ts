/**
 * `ecs-taskdef diff OLD NEW`: the semantic diff of two task definitions (any shape the editor imports, including
 * describe-task-definition output). Exit 0 when equal by meaning, 1 when different, 2 when a file cannot be read, so
 * it can gate a pipeline.
 */
import { diffTaskDefinitions, formatDiffText } from '../core/diff';
import { restoreTaskDefinition } from '../core/import-export';
import type { JsonObject } from '../core/issues';
import { toFieldName } from '../core/paths';
import type { CliIo } from './run-cli';

export const DIFF_USAGE = `Usage:
  ecs-taskdef diff [--format text|json] OLD NEW

Compares two task definitions by meaning: containers, volumes, variables and port
mappings are matched by name or port; key order, formatting, read-only fields and
nulls of describe output, and defaults ECS assumes are ignored.

  --format text|json   text: changes grouped by task and container (default)
                       json: array of {kind, container, label, oldPath, newPath, before, after}

Exit status: 0 equal, 1 different, 2 a file cannot be read, or bad usage.`;

function read(file: string, io: CliIo): JsonObject | string {
  let text: string;
  try {
    text = file === '-' ? (io.readStdin?.() ?? '') : io.readFile(file);
  } catch (error) {
    return `${file}: cannot read the file (${error instanceof Error ? error.message : String(error)}).`;
  }
  const result = restoreTaskDefinition(text);
  if (!result.ok) return `${file}${result.line !== undefined ? `:${result.line}:${result.column ?? 1}` : ''}: ${result.message}`;
  return result.doc;
}

export function diff(args: readonly string[], io: CliIo): number {
  let format: 'text' | 'json' = 'text';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--format' || arg === '-f' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (value !== 'text' && value !== 'json') {
        io.stderr(`Unknown format "${value ?? ''}"; use text or json.\n\n${DIFF_USAGE}`);
        return 2;
      }
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      io.stderr(`Unknown option "${arg}".\n\n${DIFF_USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 2) {
    io.stderr(`diff takes two files, OLD and NEW.\n\n${DIFF_USAGE}`);
    return 2;
  }
  const [before, after] = files.map((file) => read(file, io));
  for (const side of [before, after]) if (typeof side === 'string') io.stderr(side);
  if (typeof before === 'string' || typeof after === 'string' || !before || !after) return 2;
  const changes = diffTaskDefinitions(before, after);
  if (format === 'json') {
    const rows = changes.map((change) => ({
      ...change,
      oldPath: change.oldPath && toFieldName(change.oldPath),
      newPath: change.newPath && toFieldName(change.newPath),
    }));
    io.stdout(JSON.stringify(rows, null, 2));
  } else io.stdout(formatDiffText(changes));
  return changes.length === 0 ? 0 : 1;
}
