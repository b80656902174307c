import type { Issue } from '../issues';
import { issue } from './helpers';
import { asBool, concreteStr, isObj, isPlaceholder } from './read';
import type { Rule } from './types';

const ID = 'docker-volume-autoprovision';

export const rule: Rule = {
  id: ID,
  refs: ['R-DV-1'],
  severity: 'error',
  title: 'dockerVolumeConfiguration.autoprovision is only used with scope "shared".',
  why: 'Autoprovisioning creates a shared Docker volume that outlives the task if it does not exist yet; task-scoped volumes (the default scope) are always created and removed with the task, so the flag is invalid there.',
  fix: 'Set "scope": "shared" or remove "autoprovision".',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const v of ctx.volumes) {
      const docker = v.def.dockerVolumeConfiguration;
      if (!isObj(docker) || asBool(docker.autoprovision) !== true || isPlaceholder(docker.scope)) continue;
      const scope = concreteStr(docker.scope) ?? 'task';
      if (scope !== 'shared') {
        out.push(
          issue(
            ID,
            [...v.path, 'dockerVolumeConfiguration', 'autoprovision'],
            'error',
            `Docker volume "${v.name ?? v.index + 1}" sets autoprovision with scope "${scope}"; set "scope": "shared" or remove autoprovision.`,
          ),
        );
      }
    }
    return out;
  },
};
