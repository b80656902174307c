import type { Issue } from '../issues';
import { issue, withValue } from './helpers';
import { concreteStr, isObj, isPlaceholder, isSet, obj } from './read';
import type { Rule } from './types';

const ID = 'efs-transit-encryption';

export const rule: Rule = {
  id: ID,
  refs: ['BP'],
  severity: 'warning',
  title: 'EFS volumes encrypt data in transit.',
  why: 'Without transit encryption NFS traffic between the task and EFS is plain text inside the VPC. Encryption costs little and is required for IAM authorization and access points.',
  fix: 'Set "transitEncryption": "ENABLED" on the EFS volume configuration.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const v of ctx.volumes) {
      const efs = v.def.efsVolumeConfiguration;
      if (!isObj(efs) || isPlaceholder(efs.transitEncryption) || efs.transitEncryption === 'ENABLED') continue;
      const auth = obj(efs.authorizationConfig);
      if (concreteStr(auth.iam) === 'ENABLED' || isSet(auth.accessPointId)) continue; // efs-volume-settings reports these as errors
      const path = [...v.path, 'efsVolumeConfiguration'];
      out.push(
        issue(
          ID,
          efs.transitEncryption === undefined || efs.transitEncryption === null ? path : [...path, 'transitEncryption'],
          'warning',
          `EFS volume "${v.name ?? v.index + 1}" does not encrypt data in transit; set "transitEncryption": "ENABLED".`,
        ),
      );
    }
    return out;
  },
  quickFix(_doc, found) {
    const index = found.path.indexOf('efsVolumeConfiguration');
    if (index < 0) return undefined;
    const target = [...found.path.slice(0, index + 1), 'transitEncryption'];
    return { label: 'Enable transit encryption', apply: (current) => withValue(current, target, 'ENABLED') };
  },
};
