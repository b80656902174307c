import type { Issue } from '../issues';
import { issue } from './helpers';
import { isPlaceholder } from './read';
import type { Rule } from './types';

const ID = 'container-image';
const IMAGE_CHARS = /^[A-Za-z0-9\-_:./#]+$/;
const DIGEST = /^sha256:[a-fA-F0-9]{64}$/;

/** Docker's tag grammar: a word character first, then up to 127 word characters, dots and dashes. */
const TAG = /^\w[\w.-]{0,127}$/;

/**
 * What Docker's reference parser (distribution/reference) refuses in a name that passed the character check:
 * upper case in the repository path (the registry host may have it) and a malformed tag. The first component is
 * the registry host when it holds "." or ":", is "localhost", or has upper case (Docker's own split).
 */
function referenceProblem(name: string, image: string): { severity: 'error' | 'warning'; message: string } | undefined {
  const slash = name.lastIndexOf('/');
  const colon = name.indexOf(':', slash + 1);
  const repository = colon < 0 ? name : name.slice(0, colon);
  const tag = colon < 0 ? undefined : name.slice(colon + 1);
  const parts = repository.split('/');
  const first = parts[0] ?? '';
  const hasHost = parts.length > 1 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
  const path = hasHost ? parts.slice(1) : parts;
  const upper = path.find((part) => part !== part.toLowerCase());
  if (upper !== undefined) {
    if (/^[A-Z0-9_]+$/.test(upper)) {
      return {
        severity: 'warning',
        message: `Image ${JSON.stringify(image)} holds "${upper}", which looks like a placeholder never filled in; Docker needs a lower-case repository name ("invalid reference format: repository name must be lowercase").`,
      };
    }
    return {
      severity: 'error',
      message: `Image ${JSON.stringify(image)} has upper case in its repository name "${path.join('/')}"; Docker refuses to pull it ("invalid reference format: repository name must be lowercase"), write it in lower case.`,
    };
  }
  if (hasHost && first !== 'localhost' && !/[.:]/.test(first)) {
    return {
      severity: 'warning',
      message: `Image ${JSON.stringify(image)} starts with "${first}", which Docker reads as a registry host because of its upper case; write the repository in lower case.`,
    };
  }
  if (tag !== undefined && !TAG.test(tag)) {
    return {
      severity: 'error',
      message: `Image tag ${JSON.stringify(tag)} in ${JSON.stringify(image)} is not a valid Docker tag (letters, digits, _ . -, not starting with . or -, at most 128 characters).`,
    };
  }
  return undefined;
}

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-6', 'R-IMG-1'],
  severity: 'error',
  title: 'Every container has an image reference in a form Docker accepts.',
  why: 'The model marks image optional, but the service rejects a missing one ("Container.image should not be null or empty."). The reference is at most 255 characters before "@", uses letters, digits and - _ : . / #, and a digest is sha256: followed by 64 hex digits. The registry accepts more than Docker can pull: the repository path must be lower case and a tag is a word character followed by up to 127 of [A-Za-z0-9_.-]; otherwise the task stops with CannotPullContainerError ("invalid reference format: repository name must be lowercase", distribution/reference; lambci/ecs#12).',
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
      } else if (referenceProblem(name, image)) {
        const problem = referenceProblem(name, image)!;
        out.push(issue(ID, path, problem.severity, problem.message));
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
