import type { Issue } from '../issues';
import { issue } from './helpers';
import { isPlaceholder } from './read';
import type { Rule } from './types';

const ID = 'container-image';
const IMAGE_CHARS = /^[A-Za-z0-9\-_:./#]+$/;
const DIGEST = /^sha256:[a-fA-F0-9]{64}$/;

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-6', 'R-IMG-1'],
  severity: 'error',
  title: 'Every container has an image reference in a form Docker accepts.',
  why: 'The model marks image optional, but the service rejects a missing one ("Container.image should not be null or empty."). The reference is at most 255 characters before "@", uses letters, digits and - _ : . / #, and a digest is sha256: followed by 64 hex digits.',
  fix: 'Set "image" to repository[:tag] or repository@sha256:<64 hex digits>, e.g. "public.ecr.aws/nginx/nginx:1.27".',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      if (!c.isObject) continue;
      const image = c.def.image;
      const label = c.name ? `Container "${c.name}"` : `Container #${c.index + 1}`;
      if (image === undefined || image === null) {
        out.push(issue(ID, c.path, 'error', `${label} has no "image"; add the image to run, e.g. "repository:tag".`));
        continue;
      }
      if (typeof image !== 'string' || isPlaceholder(image)) continue;
      const path = [...c.path, 'image'];
      if (image.trim() === '') {
        out.push(issue(ID, path, 'error', `${label} has an empty "image"; set the image to run, e.g. "repository:tag".`));
        continue;
      }
      const at = image.indexOf('@');
      const name = at < 0 ? image : image.slice(0, at);
      if (name.length > 255) {
        out.push(
          issue(
            ID,
            path,
            'error',
            `Image reference of ${label.toLowerCase()} is ${name.length} characters before "@"; shorten it to at most 255.`,
          ),
        );
      } else if (!IMAGE_CHARS.test(name)) {
        out.push(
          issue(
            ID,
            path,
            'error',
            `Image ${JSON.stringify(image)} contains characters Docker does not accept; use only letters, digits and - _ : . / #.`,
          ),
        );
      } else if (at >= 0 && !DIGEST.test(image.slice(at + 1))) {
        out.push(
          issue(
            ID,
            path,
            'error',
            `Image digest in ${JSON.stringify(image)} is malformed; write it as @sha256: followed by 64 hex digits.`,
          ),
        );
      }
    }
    return out;
  },
};
