import type { Issue } from '../issues';
import { getAtPath } from '../paths';
import { issue } from './helpers';
import { arr, concreteStr, isObj } from './read';
import type { Rule } from './types';

const ID = 'mount-source-volume-declared';

export const rule: Rule = {
  id: ID,
  refs: ['R-REF-1'],
  severity: 'error',
  title: "Every mount point's sourceVolume is a declared volume.",
  why: 'A mount point attaches a task-level volume by name; a name that is not in "volumes" cannot be mounted and the task definition is rejected.',
  fix: 'Add a volume with that name to "volumes" (an empty {"name": "..."} is a Docker-managed scratch volume) or correct the sourceVolume.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      arr(c.def.mountPoints).forEach((entry, i) => {
        if (!isObj(entry)) return;
        const path = [...c.path, 'mountPoints', i];
        const raw = entry.sourceVolume;
        if (raw === undefined || raw === null || raw === '') {
          out.push(issue(ID, path, 'error', `Mount point #${i + 1} has no "sourceVolume"; set it to the name of a task volume.`));
          return;
        }
        const name = concreteStr(raw);
        if (name !== undefined && !ctx.volumeNames.has(name)) {
          const known = [...ctx.volumeNames];
          const hint = known.length > 0 ? `declared volumes: ${known.map((n) => `"${n}"`).join(', ')}` : 'the task has no volumes';
          out.push(
            issue(
              ID,
              [...path, 'sourceVolume'],
              'error',
              `sourceVolume "${name}" is not declared in "volumes" (${hint}); add a volume named "${name}" or fix the name.`,
            ),
          );
        }
      });
    }
    return out;
  },
  quickFix(doc, found) {
    const name = concreteStr(getAtPath(doc, found.path));
    if (name === undefined || found.path[found.path.length - 1] !== 'sourceVolume') return undefined;
    return {
      label: `Declare volume "${name}"`,
      apply: (current) => {
        const root = isObj(current) ? current : {};
        const volumes = Array.isArray(root.volumes) ? root.volumes : [];
        return { ...root, volumes: [...volumes, { name }] };
      },
    };
  },
};
