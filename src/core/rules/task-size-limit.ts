import { issue } from './helpers';
import { MAX_TASK_DEFINITION_BYTES, serializedBytes, WARNING_RATIO } from './limits';
import { isObj } from './read';
import type { Rule } from './types';

const ID = 'task-size-limit';

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-3'],
  severity: 'error',
  title: 'The serialized task definition stays within 65,536 bytes.',
  why: "ECS rejects larger documents (\"Actual length: 'N'. Max allowed length is '65536' bytes.\"). The limit was 32 KiB in older documentation.",
  fix: 'Move long values out of the document: environment variables to an environmentFiles S3 file, configuration to SSM parameters or secrets, repeated containers to another task definition.',
  check(doc) {
    if (!isObj(doc)) return [];
    const bytes = serializedBytes(doc);
    if (bytes > MAX_TASK_DEFINITION_BYTES) {
      return [
        issue(
          ID,
          [],
          'error',
          `The task definition is ${bytes} bytes once serialized, over the 65,536-byte limit; move environment values to environmentFiles or SSM parameters to shrink it.`,
        ),
      ];
    }
    if (bytes >= MAX_TASK_DEFINITION_BYTES * WARNING_RATIO) {
      return [
        issue(
          ID,
          [],
          'warning',
          `The task definition is ${bytes} bytes once serialized, close to the 65,536-byte limit; consider moving environment values to environmentFiles.`,
        ),
      ];
    }
    return [];
  },
};
