import type { Severity } from '../core/issues';
import { countBySeverity } from '../core/validate';
import { allRules } from '../core/rules/index';
import { renderRulesTable } from '../core/rules/rules-table';
import { CONVERT_USAGE, convert } from './convert';
import { DIFF_USAGE, diff } from './diff';
import { formatJson, formatSarif, formatText, type OutputFormat } from './formats';
import { lintText, type Problem } from './lint-text';

/** What the CLI touches outside itself, so tests can run it in memory. */
export interface CliIo {
  /** Reads a file as UTF-8 text; throws when it cannot be read. */
  readFile(path: string): string;
  /** Writes one chunk of output (a newline is appended). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads all of standard input as UTF-8 (for `-` as the input file). */
  readStdin?(): string;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

export const USAGE = `Usage:
  ecs-taskdef lint [options] FILE...   Check Amazon ECS task definition files
  ecs-taskdef convert [options] FILE|- Convert compose, docker run, Kubernetes or IaC input
                                       (ecs-taskdef convert --help for its options)
  ecs-taskdef diff [--format text|json] OLD NEW
                                       Compare two task definitions by meaning (exit 1 if different)
  ecs-taskdef rules [--markdown|--json] List the validation rules
  ecs-taskdef --help | --version

Files may hold register-task-definition input, describe-task-definition output
({"taskDefinition": {...}}: read-only fields are reported as warnings) or a bare
JSON list of container definitions.

Options for lint:
  -f, --format text|json|sarif   Output format (default: text)
                                 text:  file:line:column severity message rule-id
                                 json:  array of {file, pointer, line, column, ruleId, severity, message}
                                 sarif: SARIF 2.1.0 for code scanning
  --min-severity info|warning|error
                                 Lowest severity to print (default: warning)

Exit status: 0 no errors (warnings allowed), 1 errors found,
             2 a file cannot be read or is not valid JSON, or bad usage.`;

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

interface LintOptions {
  format: OutputFormat;
  minSeverity: Severity;
  files: string[];
}

function parseLintArgs(args: string[]): LintOptions | string {
  const options: LintOptions = { format: 'text', minSeverity: 'warning', files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '-f' || flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json' && format !== 'sarif') return `Unknown format "${format ?? ''}"; use text, json or sarif.`;
      options.format = format;
    } else if (flag === '--min-severity') {
      const level = value();
      if (level !== 'info' && level !== 'warning' && level !== 'error')
        return `Unknown severity "${level ?? ''}"; use info, warning or error.`;
      options.minSeverity = level;
    } else if (arg === '--') {
      options.files.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `Unknown option "${arg}".`;
    } else options.files.push(arg);
  }
  if (options.files.length === 0) return 'No file given: ecs-taskdef lint FILE...';
  return options;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

function lint(args: string[], io: CliIo, version: string): number {
  const parsed = parseLintArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n\n${USAGE}`);
    return EXIT_UNREADABLE;
  }
  let exit = EXIT_OK;
  const problems: Problem[] = [];
  for (const file of parsed.files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(`${file}: cannot read the file (${reason}).`);
      exit = EXIT_UNREADABLE;
      continue;
    }
    let report: ReturnType<typeof lintText>;
    try {
      report = lintText(file, text);
    } catch (error) {
      // A defect of ours must not cost the other files their results: report it on this file and go on.
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const message = `The file could not be checked (an internal error of ecs-taskdef, please report it: ${reason}).`;
      io.stderr(`${file}: ${message}`);
      problems.push({ file, pointer: '', line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: 'lint-failed', severity: 'error', message });
      exit = EXIT_UNREADABLE;
      continue;
    }
    if (report.unparsable) {
      exit = EXIT_UNREADABLE;
      const first = report.problems[0];
      const what = first?.ruleId === 'json-too-deep' ? 'cannot be checked' : 'not valid JSON';
      if (first) io.stderr(`${file}:${first.line}:${first.column}: ${what}: ${first.message}`);
    } else if (report.problems.some((p) => p.severity === 'error') && exit === EXIT_OK) {
      exit = EXIT_ERRORS;
    }
    // One by one: spreading 100,000 problems as call arguments overflows the stack.
    for (const problem of report.problems) problems.push(problem);
  }
  const shown = problems.filter((p) => SEVERITY_RANK[p.severity] >= SEVERITY_RANK[parsed.minSeverity]);
  if (parsed.format === 'json') io.stdout(formatJson(shown));
  else if (parsed.format === 'sarif') io.stdout(formatSarif(shown, version));
  else {
    if (shown.length > 0) io.stdout(formatText(shown));
    const counts = countBySeverity(problems);
    const hidden = problems.length - shown.length;
    const note = hidden > 0 ? ` (${hidden} below --min-severity ${parsed.minSeverity} not shown)` : '';
    io.stderr(
      `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')} in ${plural(parsed.files.length, 'file')}${note}.`,
    );
  }
  return exit;
}

function listRules(args: string[], io: CliIo): number {
  if (args.includes('--markdown')) {
    io.stdout(renderRulesTable().replace(/\n$/, ''));
  } else if (args.includes('--json')) {
    const rows = allRules.map(({ id, refs, severity, title, why, fix, quickFix }) => ({
      id,
      refs,
      severity,
      title,
      why,
      fix,
      quickFix: quickFix !== undefined,
    }));
    io.stdout(JSON.stringify(rows, null, 2));
  } else {
    const width = Math.max(...allRules.map((r) => r.id.length));
    io.stdout(allRules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}`).join('\n'));
  }
  return EXIT_OK;
}

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo, version = '0.0.0'): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? EXIT_UNREADABLE : EXIT_OK;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(version);
    return EXIT_OK;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command === 'convert' ? CONVERT_USAGE : command === 'diff' ? DIFF_USAGE : USAGE);
    return EXIT_OK;
  }
  if (command === 'lint') return lint(rest, io, version);
  if (command === 'rules') return listRules(rest, io);
  if (command === 'convert') return convert(rest, io);
  if (command === 'diff') return diff(rest, io);
  io.stderr(`Unknown command "${command}".\n\n${USAGE}`);
  return EXIT_UNREADABLE;
}
