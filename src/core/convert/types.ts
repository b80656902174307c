/**
 * The converter contract shared by every format (`ecs-taskdef convert`, Import… and Export as… in the app).
 * A converter reads some input text into a task definition (register input), or writes a task definition as some
 * output text. Nothing is dropped or changed silently: every loss, guess and placeholder is a report entry at its
 * place in the input.
 */
import type { JsonObject, Severity } from '../issues';

/** Formats a task definition can be read from. */
export type InputFormat = 'json' | 'compose' | 'docker-run' | 'kubernetes' | 'cloudformation' | 'terraform';

/** Formats a task definition can be written as. */
export type OutputFormat = 'json' | 'cloudformation' | 'cloudformation-yaml' | 'terraform' | 'cdk' | 'aws-cli' | 'github-actions';

/** One finding of a conversion. */
export interface ConvertReportEntry {
  severity: Severity;
  /**
   * Dotted path in the input, e.g. `services.web.ports.0` (compose), `spec.containers.1.env.3` (Kubernetes),
   * `--publish` (docker run), `Resources.TaskDef.Properties.Cpu` (CloudFormation); `''` for the whole input.
   * For an export, the dotted path in the task definition (`containerDefinitions.0.image`).
   */
  source: string;
  /** One sentence: what happened and, where there is one, what to do. */
  message: string;
}

/** Options an importer may honour; each ignores what does not apply to its format. */
export interface ImportOptions {
  /** Only these services (compose) or containers (Kubernetes) become containers; all when absent or empty. */
  services?: readonly string[];
  /** `fargate`: awsvpc, FARGATE, task-level cpu/memory; `ec2`: bridge, EC2. Default per format (compose: fargate). */
  launchType?: 'fargate' | 'ec2';
  /** Name of the input, for messages (a file name or `-`). */
  fileName?: string;
}

export type ImportResult =
  | { ok: true; format: InputFormat; doc: JsonObject; report: ConvertReportEntry[] }
  | { ok: false; format: InputFormat | null; message: string; report: ConvertReportEntry[] };

export interface Importer {
  format: InputFormat;
  /** A label for menus and messages ("docker-compose file"). */
  label: string;
  /**
   * True when `text` looks like this format. Cheap and never throws; {@link detectInputFormat} asks the importers in
   * registry order, so a more specific format comes first.
   */
  detect(text: string): boolean;
  /** Never throws: unreadable input gives `ok: false` with a message. */
  read(text: string, options: ImportOptions): ImportResult;
  /**
   * The options of {@link ImportOptions} this format honours, so Import… offers only those choices
   * (`services`: pick the containers; `launchType`: Fargate or EC2). None when absent.
   */
  offers?: readonly ('services' | 'launchType')[];
}

/** Options an exporter may honour. */
export interface ExportOptions {
  /** Placeholders such as `${IMAGE}` become template parameters / variables where the format has them. */
  parameterizePlaceholders?: boolean;
  /** Name of the exported file the output refers to (aws-cli, github-actions), e.g. `web.json`. */
  taskDefinitionFile?: string;
}

export interface ExportResult {
  text: string;
  report: ConvertReportEntry[];
}

export interface Exporter {
  format: OutputFormat;
  label: string;
  /** The usual file name for `doc` in this format (`web.json`, `web.tf`, `template.yaml`). */
  fileName(doc: JsonObject): string;
  /** `doc` is register input (as `toRegisterInput` gives it). Never throws. */
  write(doc: JsonObject, options: ExportOptions): ExportResult;
}
