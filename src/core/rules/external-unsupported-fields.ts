import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, concreteStr, isSet, obj } from './read';
import { checkRestrictions, removeFieldFix, type Restriction } from './restrictions';
import type { Rule } from './types';

const ID = 'external-unsupported-fields';

/** Exported for the check that the forms (core/applicability) mark the same fields. */
export const RESTRICTIONS: Restriction[] = [
  { scope: 'task', field: ['proxyConfiguration'], advice: 'App Mesh is not available on ECS Anywhere, remove it' },
  { scope: 'volume', field: ['efsVolumeConfiguration'], advice: 'mount the file system on the instance and use a host volume instead' },
];

export const rule: Rule = {
  id: ID,
  refs: ['§5 EXTERNAL'],
  severity: 'error',
  title: 'EXTERNAL (ECS Anywhere) tasks do not use EFS volumes, App Mesh, GPU sharing or SELinux options.',
  why: 'External instances are your own servers registered with ECS Anywhere: ECS cannot attach EFS, configure App Mesh, share GPUs through MPS or apply SELinux labels there (awsvpc is covered by network-mode-compatibility).',
  fix: 'Remove the field, or use EC2 or Managed Instances for this task.',
  check(_doc, ctx) {
    if (!ctx.isExternal) return [];
    const out: Issue[] = checkRestrictions(ID, ctx, 'on EXTERNAL instances', RESTRICTIONS);
    for (const c of ctx.containers) {
      arr(c.def.resourceRequirements).forEach((entry, i) => {
        if (isSet(obj(entry).sharingStrategy)) {
          out.push(
            issue(
              ID,
              [...c.path, 'resourceRequirements', i, 'sharingStrategy'],
              'error',
              'GPU "sharingStrategy" is not supported on EXTERNAL instances; request a GPU count in "value" instead.',
            ),
          );
        }
      });
      arr(c.def.dockerSecurityOptions).forEach((entry, i) => {
        const option = concreteStr(entry);
        if (option !== undefined && option.startsWith('label:')) {
          out.push(
            issue(
              ID,
              [...c.path, 'dockerSecurityOptions', i],
              'error',
              `SELinux option "${option}" is not supported on EXTERNAL instances; remove it.`,
            ),
          );
        }
      });
    }
    return out;
  },
  quickFix: removeFieldFix,
};
