import type { Issue } from '../issues';
import { issue, listNames } from './helpers';
import { asBool, isPlaceholder, isSet } from './read';
import type { Rule } from './types';

const ID = 'volume-definition';
const KINDS = [
  'host',
  'dockerVolumeConfiguration',
  'efsVolumeConfiguration',
  's3filesVolumeConfiguration',
  'fsxWindowsFileServerVolumeConfiguration',
] as const;

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-13'],
  severity: 'error',
  title: 'Each volume has a unique name and at most one volume type.',
  why: 'Mount points find volumes by name, so a volume needs one (required for EFS, S3 Files and configured-at-launch volumes) and names must be unique. A volume is one kind: host, Docker, EFS, S3 Files, FSx or configured at launch (an empty volume is a Docker-managed host volume).',
  fix: 'Name every volume uniquely and keep a single configuration object per volume; split it into two volumes if you need both.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const seen = new Map<string, number>();
    for (const v of ctx.volumes) {
      if (!v.isObject) continue;
      const raw = v.def.name;
      if (raw === undefined || raw === null || raw === '') {
        out.push(issue(ID, v.path, 'error', `Volume #${v.index + 1} has no "name"; add one so mountPoints can refer to it.`));
      } else if (typeof raw === 'string' && !isPlaceholder(raw)) {
        const first = seen.get(raw);
        if (first === undefined) seen.set(raw, v.index);
        else
          out.push(
            issue(
              ID,
              [...v.path, 'name'],
              'error',
              `Volume name "${raw}" is already used by volume #${first + 1}; volume names must be unique, rename one.`,
            ),
          );
      }
      const kinds: string[] = KINDS.filter((k) => isSet(v.def[k]));
      if (asBool(v.def.configuredAtLaunch) === true) kinds.push('configuredAtLaunch');
      if (kinds.length > 1) {
        out.push(
          issue(
            ID,
            v.path,
            'error',
            `Volume "${v.name ?? v.index + 1}" sets ${listNames(kinds)}; a volume has one type, keep one and move the other to a new volume.`,
          ),
        );
      }
    }
    return out;
  },
};
