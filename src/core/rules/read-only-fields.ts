import { READ_ONLY_TASK_FIELDS } from '../import-export/known-keys';
import type { Issue } from '../issues';
import { issue } from './helpers';
import { isObj } from './read';
import type { Rule } from './types';

const ID = 'read-only-fields';

/** Fields that describe-task-definition returns but register-task-definition does not accept (from the model). */
export const READ_ONLY_FIELDS: readonly string[] = READ_ONLY_TASK_FIELDS;

export const rule: Rule = {
  id: ID,
  refs: ['§1.1'],
  severity: 'warning',
  title: 'Read-only fields from describe-task-definition are removed before registering.',
  why: 'describe-task-definition output carries fields that ECS computes (ARN, revision, status, compatibilities, requiresAttributes, registration dates). register-task-definition rejects them as unknown parameters.',
  fix: 'Delete these fields (the quick fix removes all of them); keep everything else to register a new revision.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const field of READ_ONLY_FIELDS) {
      if (field in ctx.root) out.push(issue(ID, [field], 'warning', `"${field}" is a read-only field; remove before registering.`));
    }
    return out;
  },
  quickFix() {
    return {
      label: 'Remove all read-only fields',
      apply: (current) => {
        if (!isObj(current)) return current;
        const copy = { ...current };
        for (const field of READ_ONLY_FIELDS) delete copy[field];
        return copy;
      },
    };
  },
};
