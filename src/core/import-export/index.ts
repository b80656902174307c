/** Import and export of task definitions: read any accepted shape into a clean document, write it register-ready. */
export { restoreTaskDefinition, MAX_INPUT_BYTES } from './restore';
export { stripCommentsAndTrailingCommas } from './strip-comments';
export { fixNumbersAsStrings } from './analyse';
export { isDescribeOutput, DEFAULT_FAMILY } from './shapes';
export { serializeForRegister, toRegisterInput, registerCommand, exportFileName, type SerializeOptions } from './serialize';
export { READ_ONLY_TASK_FIELDS } from './known-keys';
export type {
  RestoreResult,
  RestoreSuccess,
  RestoreFailure,
  RestoreShape,
  ImportReport,
  ReportEntry,
  RemovedEntry,
  MovedEntry,
  PlaceholderEntry,
  DuplicateKeyEntry,
  NumberAsStringEntry,
  NoteEntry,
} from './types';
