/**
 * `ecs-taskdef convert`: reads compose, `docker run`, Kubernetes, IaC or task-definition input and prints the result.
 * stdout holds only the converted output; stderr the report (text lines or one JSON array). Exit 0 converted
 * (warnings allowed), 1 converted but the result has linter errors (still printed), 2 unreadable or not recognised.
 */
import { exportDocument, exporters, importText, importers } from '../core/convert';
import type { ConvertReportEntry, ImportOptions, InputFormat, OutputFormat } from '../core/convert';
import { toFieldName } from '../core/paths';
import { validateDocument } from '../core/validate';
import type { CliIo } from './run-cli';

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_UNREADABLE = 2;

export const CONVERT_USAGE = `Usage:
  ecs-taskdef convert [options] FILE|-

Options:
  --from auto|${importers.map((i) => i.format).join('|')}
                               Input format (default: auto, detected from the text)
  --to ${exporters.map((e) => e.format).join('|')}
                               Output format (default: json, register-ready)
  --service NAME               Convert only this compose service or Kubernetes container (repeatable)
  --launch-type fargate|ec2    fargate: awsvpc and task-level size; ec2: bridge (default: per input format)
  --report-format text|json    text: "<severity> <source path>: <message>" lines; json: one JSON array
                               of {"severity","source","message"} (default: text)

stdout holds only the result; the report goes to stderr.
Exit status: 0 converted (warnings allowed), 1 converted but the result has linter
             errors (still printed), 2 unreadable, not recognised, or bad usage.`;

interface ConvertOptions {
  from: InputFormat | 'auto';
  to: OutputFormat;
  services: string[];
  launchType?: 'fargate' | 'ec2';
  reportFormat: 'text' | 'json';
  file: string;
}

function parseConvertArgs(args: readonly string[]): ConvertOptions | string {
  const options: Partial<ConvertOptions> & { services: string[] } = { from: 'auto', to: 'json', services: [], reportFormat: 'text' };
  const inputs = new Set<string>(['auto', ...importers.map((i) => i.format)]);
  const outputs = new Set<string>(exporters.map((e) => e.format));
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [flag, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i] ?? '';
    if (flag === '--from') {
      const from = value();
      if (!inputs.has(from)) return `Unknown input format "${from}"; use ${[...inputs].join(', ')}.`;
      options.from = from as InputFormat | 'auto';
    } else if (flag === '--to') {
      const to = value();
      if (!outputs.has(to)) return `Unknown output format "${to}"; use ${[...outputs].join(', ')}.`;
      options.to = to as OutputFormat;
    } else if (flag === '--service') {
      const name = value();
      if (name === '') return '--service needs a name.';
      options.services.push(name);
    } else if (flag === '--launch-type') {
      const launchType = value();
      if (launchType !== 'fargate' && launchType !== 'ec2') return `Unknown launch type "${launchType}"; use fargate or ec2.`;
      options.launchType = launchType;
    } else if (flag === '--report-format') {
      const format = value();
      if (format !== 'text' && format !== 'json') return `Unknown report format "${format}"; use text or json.`;
      options.reportFormat = format;
    } else if (arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
    } else return `Unknown option "${arg}".`;
  }
  if (files.length !== 1)
    return files.length === 0 ? 'No input given: ecs-taskdef convert FILE (or - for standard input).' : 'convert takes one input.';
  return { ...(options as ConvertOptions), file: files[0] as string };
}

function printReport(entries: readonly ConvertReportEntry[], format: 'text' | 'json', io: CliIo): void {
  if (format === 'json') {
    io.stderr(JSON.stringify(entries.map(({ severity, source, message }) => ({ severity, source, message }))));
    return;
  }
  for (const entry of entries) io.stderr(`${entry.severity} ${entry.source === '' ? '(input)' : entry.source}: ${entry.message}`);
}

/** Runs `ecs-taskdef convert` with `args` (after the command word); returns the exit code. */
export function convert(args: readonly string[], io: CliIo): number {
  const parsed = parseConvertArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n\n${CONVERT_USAGE}`);
    return EXIT_UNREADABLE;
  }
  let text: string;
  try {
    text = parsed.file === '-' ? (io.readStdin?.() ?? '') : io.readFile(parsed.file);
  } catch (error) {
    const entry: ConvertReportEntry = {
      severity: 'error',
      source: '',
      message: `${parsed.file}: cannot read the input (${error instanceof Error ? error.message : String(error)}).`,
    };
    printReport([entry], parsed.reportFormat, io);
    return EXIT_UNREADABLE;
  }
  const options: ImportOptions = { services: parsed.services, fileName: parsed.file };
  if (parsed.launchType) options.launchType = parsed.launchType;
  const imported = importText(text, parsed.from, options);
  if (!imported.ok) {
    const report = imported.report.length > 0 ? imported.report : [{ severity: 'error' as const, source: '', message: imported.message }];
    printReport(report, parsed.reportFormat, io);
    return EXIT_UNREADABLE;
  }
  const exported = exportDocument(imported.doc, parsed.to);
  if (!exported) {
    printReport([{ severity: 'error', source: '', message: `Writing ${parsed.to} is not supported yet.` }], parsed.reportFormat, io);
    return EXIT_UNREADABLE;
  }
  // The linter's findings on the result are located in the result, so they are named as such.
  const lintErrors: ConvertReportEntry[] = validateDocument(imported.doc)
    .filter((issue) => issue.severity === 'error')
    .map((issue) => ({ severity: 'error', source: toFieldName(issue.path), message: `In the result: ${issue.message}` }));
  io.stdout(exported.text.replace(/\n$/, ''));
  printReport([...imported.report, ...exported.report, ...lintErrors], parsed.reportFormat, io);
  return lintErrors.length > 0 ? EXIT_ERRORS : EXIT_OK;
}
