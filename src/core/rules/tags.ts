import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, isObj, isPlaceholder } from './read';
import type { Rule } from './types';

const ID = 'tags';
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-8'],
  severity: 'error',
  title: 'Tags: at most 50, unique keys of 1-128 characters, values up to 256, no "aws:" prefix.',
  why: 'The API validates tags on registration; the "aws:" prefix is reserved for AWS, and duplicate keys are rejected.',
  fix: 'Keep at most 50 tags, make keys unique, stay within the lengths and the allowed characters (letters, digits, spaces and _ . : / = + - @), and do not start keys or values with "aws:".',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const list = arr(ctx.root.tags);
    if (list.length > 50) out.push(issue(ID, ['tags'], 'error', `"tags" has ${list.length} entries; ECS allows at most 50, remove some.`));
    const seen = new Map<string, number>();
    list.forEach((entry, i) => {
      if (!isObj(entry)) return;
      const path = ['tags', i];
      const { key, value } = entry;
      if (key === undefined || key === null || key === '') {
        out.push(issue(ID, path, 'error', `Tag #${i + 1} has no "key"; add a key of 1-128 characters.`));
      } else if (typeof key === 'string' && !isPlaceholder(key)) {
        if (key.length > 128)
          out.push(issue(ID, [...path, 'key'], 'error', `Tag key is ${key.length} characters; shorten it to at most 128.`));
        else if (!TAG_TEXT.test(key)) {
          out.push(
            issue(
              ID,
              [...path, 'key'],
              'error',
              `Tag key ${JSON.stringify(key)} has characters ECS does not accept; use letters, digits, spaces and _ . : / = + - @.`,
            ),
          );
        }
        if (key.toLowerCase().startsWith('aws:')) {
          out.push(
            issue(
              ID,
              [...path, 'key'],
              'error',
              `Tag key ${JSON.stringify(key)} starts with "aws:", which is reserved for AWS; rename it.`,
            ),
          );
        }
        const first = seen.get(key);
        if (first === undefined) seen.set(key, i);
        else
          out.push(
            issue(
              ID,
              [...path, 'key'],
              'error',
              `Tag key "${key}" is already used by tag #${first + 1}; tag keys must be unique, remove or rename one.`,
            ),
          );
      }
      if (typeof value === 'string' && !isPlaceholder(value)) {
        if (value.length > 256)
          out.push(issue(ID, [...path, 'value'], 'error', `Tag value is ${value.length} characters; shorten it to at most 256.`));
        else if (!TAG_TEXT.test(value)) {
          out.push(
            issue(
              ID,
              [...path, 'value'],
              'error',
              `Tag value ${JSON.stringify(value)} has characters ECS does not accept; use letters, digits, spaces and _ . : / = + - @.`,
            ),
          );
        }
        if (value.toLowerCase().startsWith('aws:')) {
          out.push(
            issue(
              ID,
              [...path, 'value'],
              'error',
              `Tag value ${JSON.stringify(value)} starts with "aws:", which is reserved for AWS; change it.`,
            ),
          );
        }
      }
    });
    return out;
  },
};
