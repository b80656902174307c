import type { Issue } from '../issues';
import { issue } from './helpers';
import { isObj, isPlaceholder } from './read';
import type { Rule } from './types';

const ID = 'task-required-fields';
const FAMILY = /^[A-Za-z0-9_-]{1,255}$/;

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-1', 'R-TD-2'],
  severity: 'error',
  title: 'A task definition has a valid family and 1 to 10 container definitions.',
  why: 'RegisterTaskDefinition rejects a missing or malformed family, an empty container list and more than 10 containers ("Too many containers.", a quota that cannot be raised).',
  fix: 'Add "family" (1-255 letters, digits, hyphens, underscores) and between one and ten entries in "containerDefinitions"; split larger tasks into several task definitions.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const { root } = ctx;
    if (!isObj(_doc)) return out; // the schema reports a non-object document
    const family = root.family;
    if (family === undefined || family === null || family === '') {
      out.push(issue(ID, [], 'error', 'The task definition has no "family"; add one (1-255 letters, digits, hyphens or underscores).'));
    } else if (typeof family === 'string' && !isPlaceholder(family) && !FAMILY.test(family)) {
      out.push(
        issue(ID, ['family'], 'error', `Family ${JSON.stringify(family)} is not valid; use 1-255 letters, digits, hyphens or underscores.`),
      );
    }
    const list = root.containerDefinitions;
    if (list === undefined || list === null) {
      out.push(issue(ID, [], 'error', 'The task definition has no "containerDefinitions"; add at least one container.'));
    } else if (Array.isArray(list)) {
      if (list.length === 0) {
        out.push(issue(ID, ['containerDefinitions'], 'error', '"containerDefinitions" is empty; add at least one container.'));
      } else if (list.length > 10) {
        out.push(
          issue(
            ID,
            ['containerDefinitions'],
            'error',
            `"containerDefinitions" has ${list.length} containers but ECS allows at most 10 per task definition; move some containers to another task definition.`,
          ),
        );
      }
    }
    return out;
  },
};
