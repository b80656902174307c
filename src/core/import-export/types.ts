import type { JsonObject } from '../issues';
import type { Path } from '../paths';

/**
 * What the imported text was.
 * `register-input`: the JSON `register-task-definition --cli-input-json` takes;
 * `describe-output`: `describe-task-definition`'s task definition, unwrapped (it has taskDefinitionArn, revision, …);
 * `describe-wrapped`: the whole describe response `{"taskDefinition": …, "tags": […]}`;
 * `container-array`: a bare `containerDefinitions` array (Terraform's `container_definitions`);
 * `single-container`: one container definition object;
 * `yaml`: any of those written as YAML (the report's notes say which).
 */
export type RestoreShape = 'register-input' | 'describe-output' | 'describe-wrapped' | 'container-array' | 'single-container' | 'yaml';

/** One finding of the import, located in the result document. */
export interface ReportEntry {
  /** Path in the result document (for `removed`: where the value was; see {@link RemovedEntry}). */
  path: Path;
  /** One human sentence. */
  message: string;
}

/**
 * A value the import dropped. `path` is where it was in the unwrapped document before anything was removed: removing
 * a `null` array element shifts the later indexes, so apply these paths from the last to the first.
 */
export interface RemovedEntry extends ReportEntry {
  /** `read-only`: computed by ECS (taskDefinitionArn, revision, …); `null`: a JSON null; `wrapper`: a key of the describe response around the task definition. */
  reason: 'read-only' | 'null' | 'wrapper';
  /** Path in the input text, before unwrapping. */
  sourcePath: Path;
}

/** A value moved to another place (the describe response's `tags` into the task definition). */
export interface MovedEntry extends ReportEntry {
  /** Path in the input text. */
  from: Path;
}

/** A string holding a template placeholder (`${X}`, `<IMAGE>`, `{{ … }}`, `$$$X$$$`). */
export interface PlaceholderEntry extends ReportEntry {
  value: string;
}

/** A key written twice in one object: the last value wins, as with `JSON.parse`. */
export interface DuplicateKeyEntry extends ReportEntry {
  key: string;
  /** Path of the duplicated key in the input text. */
  sourcePath: Path;
  /** Where the second (winning) occurrence starts in the input text; line and column count from 1. */
  offset: number;
  line: number;
  column: number;
}

/** A string where the API wants an integer or a boolean; {@link fixNumbersAsStrings} converts them. */
export interface NumberAsStringEntry extends ReportEntry {
  value: string;
  expected: 'integer' | 'boolean';
  /** The value the fix writes. */
  fixed: number | boolean;
}

/** Facts about the text itself. */
export interface NoteEntry {
  /** `truncated`: a report list stopped at its maximum length. */
  kind: 'bom' | 'crlf' | 'tabs' | 'yaml' | 'truncated';
  message: string;
}

/** Everything the import changed or noticed; nothing is dropped or changed without an entry here. */
export interface ImportReport {
  removed: RemovedEntry[];
  moved: MovedEntry[];
  /** The container array or single container was wrapped into a new task definition. */
  wrapped: ReportEntry[];
  /** Keys the ECS API does not know; they are kept. */
  unknownKeys: ReportEntry[];
  placeholders: PlaceholderEntry[];
  duplicateKeys: DuplicateKeyEntry[];
  numbersAsStrings: NumberAsStringEntry[];
  notes: NoteEntry[];
}

export interface RestoreSuccess {
  ok: true;
  /** The cleaned document as JSON, 2-space indent, key order as in the input, with a final newline. */
  text: string;
  doc: JsonObject;
  shape: RestoreShape;
  report: ImportReport;
}

export interface RestoreFailure {
  ok: false;
  /** One or two sentences saying what is wrong and where. */
  message: string;
  /** Position of the problem in the input text (offset from 0, line and column from 1), when there is one. */
  line?: number;
  column?: number;
  offset?: number;
  /** The only problems are comments or trailing commas: `stripCommentsAndTrailingCommas` fixes the text. */
  canStripComments?: boolean;
}

export type RestoreResult = RestoreSuccess | RestoreFailure;
