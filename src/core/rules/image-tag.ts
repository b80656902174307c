import type { Issue } from '../issues';
import { issue } from './helpers';
import { concreteStr } from './read';
import type { Rule } from './types';

const ID = 'image-tag';

/** The tag of an image reference (`undefined` when there is none); a registry port is not a tag. */
export function imageTag(image: string): string | undefined {
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastPart.indexOf(':');
  return colon < 0 ? undefined : lastPart.slice(colon + 1);
}

export const rule: Rule = {
  id: ID,
  refs: ['BP'],
  severity: 'warning',
  title: 'Images are pinned to a version tag or digest, not "latest".',
  why: 'An untagged image means ":latest", which changes under you: two tasks of the same revision may run different code, and a rollback to an older task definition does not roll back the image.',
  fix: 'Reference an immutable version, e.g. "my-repo:1.4.2" or "my-repo@sha256:…", and create a new revision to deploy.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      const image = concreteStr(c.def.image);
      if (image === undefined || image.trim() === '' || image.includes('@')) continue;
      const tag = imageTag(image);
      if (tag === undefined) {
        out.push(
          issue(ID, [...c.path, 'image'], 'warning', `Image "${image}" has no tag, so it means ":latest"; pin a version tag or a digest.`),
        );
      } else if (tag === 'latest') {
        out.push(
          issue(ID, [...c.path, 'image'], 'warning', `Image "${image}" uses the moving "latest" tag; pin a version tag or a digest.`),
        );
      }
    }
    return out;
  },
};
