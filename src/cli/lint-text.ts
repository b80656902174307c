/**
 * Lints one file's text: parse, unwrap describe-task-definition output or a bare container list, validate with the
 * same core as the editor, and place every issue in the text.
 */
import type { Issue, Severity } from '../core/issues';
import { parseJsonText } from '../core/json-text';
import type { Path } from '../core/paths';
import { validateDocument } from '../core/validate';
import { findDuplicateKeys } from './duplicate-keys';
import { TextLocator, toJsonPointer } from './locate';

export interface Problem {
  file: string;
  /** RFC 6901 pointer into the file's JSON (includes `/taskDefinition` for wrapped describe output). */
  pointer: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: Severity;
  message: string;
}

export interface FileReport {
  file: string;
  problems: Problem[];
  /** True when the text is not JSON (exit code 2). */
  unparsable: boolean;
  /** What the file was read as. */
  shape: 'task-definition' | 'describe-output' | 'container-list' | 'other';
}

const UNKNOWN_TASK_FIELDS = {
  family: '${FAMILY}',
  networkMode: '${NETWORK_MODE}',
  cpu: '${TASK_CPU}',
  memory: '${TASK_MEMORY}',
  executionRoleArn: '${EXECUTION_ROLE_ARN}',
  taskRoleArn: '${TASK_ROLE_ARN}',
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a list whose items all look like container definitions (a Terraform/ecs-cli `container_definitions` file). */
function isContainerList(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => isObject(item) && ('name' in item || 'image' in item));
}

export function lintText(file: string, rawText: string): FileReport {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const locator = new TextLocator(text); // a byte-order mark is invisible in editors, so columns ignore it
  // Same strict parse and messages as the editor's (core/json-text).
  const { value, errors } = parseJsonText(text);
  const problems: Problem[] = [];

  if (errors.length > 0) {
    for (const error of errors) {
      const at = locator.position(error.offset ?? 0);
      problems.push({
        file,
        pointer: '',
        line: at.line,
        column: at.column,
        endLine: at.line,
        endColumn: at.column + Math.max(error.length ?? 1, 1),
        ruleId: error.ruleId,
        severity: 'error',
        message: error.message,
      });
    }
    return { file, problems, unparsable: true, shape: 'other' };
  }

  let shape: FileReport['shape'] = 'task-definition';
  let doc: unknown = value;
  let toFilePath = (path: Path): Path | undefined => path;
  if (isObject(value) && isObject(value.taskDefinition)) {
    shape = 'describe-output';
    doc = value.taskDefinition;
    toFilePath = (path) => ['taskDefinition', ...path];
  } else if (isContainerList(value)) {
    shape = 'container-list';
    // The task-level fields live elsewhere (Terraform resource, ecs-cli params): placeholders make them unknown to
    // the rules, so nothing is inferred from their absence (no "task has no memory", no assumed bridge mode).
    doc = { ...UNKNOWN_TASK_FIELDS, containerDefinitions: value };
    // Only container-level findings make sense for a bare list; task-level ones (family, size …) are dropped.
    toFilePath = (path) => (path[0] === 'containerDefinitions' ? path.slice(1) : undefined);
  } else if (!isObject(value)) {
    shape = 'other';
  }

  const issues: Issue[] = validateDocument(doc);
  for (const found of issues) {
    const path = toFilePath(found.path);
    if (path === undefined) continue;
    const at = locator.locate(path);
    problems.push({
      file,
      pointer: toJsonPointer(path),
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      ruleId: found.ruleId,
      severity: found.severity,
      message: found.message,
    });
  }
  for (const duplicate of findDuplicateKeys(locator.tree)) {
    const first = locator.position(duplicate.firstOffset);
    const at = locator.position(duplicate.offset);
    problems.push({
      file,
      pointer: toJsonPointer(duplicate.path),
      line: at.line,
      column: at.column,
      endLine: at.line,
      endColumn: at.column + duplicate.key.length + 2,
      ruleId: 'duplicate-key',
      severity: 'warning',
      message: `Key "${duplicate.key}" is repeated (first at line ${first.line}); JSON parsers keep only this last value, remove the other one.`,
    });
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, problems, unparsable: false, shape };
}
