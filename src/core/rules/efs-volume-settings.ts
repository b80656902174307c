import type { Issue } from '../issues';
import { issue, withValue } from './helpers';
import { concreteStr, isObj, isPlaceholder, isSet, obj } from './read';
import type { Rule } from './types';

const ID = 'efs-volume-settings';

export const rule: Rule = {
  id: ID,
  refs: ['R-EFS-1'],
  severity: 'error',
  title: 'EFS with IAM or an access point uses transit encryption; access points use the root directory "/".',
  why: 'EFS IAM authorization and access points only work over TLS, so transitEncryption must be ENABLED. An access point already fixes the directory, so rootDirectory must be omitted or "/"; the same holds for S3 Files access points.',
  fix: 'Set "transitEncryption": "ENABLED"; with an access point remove rootDirectory (or set "/") and configure the path on the access point.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const v of ctx.volumes) {
      const efs = v.def.efsVolumeConfiguration;
      if (isObj(efs)) {
        const base = [...v.path, 'efsVolumeConfiguration'];
        const auth = obj(efs.authorizationConfig);
        const iam = concreteStr(auth.iam) === 'ENABLED';
        const accessPoint = isSet(auth.accessPointId);
        const transit = efs.transitEncryption;
        if ((iam || accessPoint) && transit !== 'ENABLED' && !isPlaceholder(transit)) {
          const why = iam ? 'IAM authorization' : 'an access point';
          const path = transit === undefined || transit === null ? base : [...base, 'transitEncryption'];
          out.push(
            issue(
              ID,
              path,
              'error',
              `EFS volume "${v.name ?? v.index + 1}" uses ${why}, which requires "transitEncryption": "ENABLED"; set it.`,
            ),
          );
        }
        const root = concreteStr(efs.rootDirectory);
        if (accessPoint && root !== undefined && root !== '/' && root !== '') {
          out.push(
            issue(
              ID,
              [...base, 'rootDirectory'],
              'error',
              `EFS volume "${v.name ?? v.index + 1}" uses an access point, so rootDirectory must be omitted or "/", not "${root}"; set the path on the access point.`,
            ),
          );
        }
      }
      const s3 = obj(v.def.s3filesVolumeConfiguration);
      const s3Root = concreteStr(s3.rootDirectory);
      if (isSet(s3.accessPointArn) && s3Root !== undefined && s3Root !== '/' && s3Root !== '') {
        out.push(
          issue(
            ID,
            [...v.path, 's3filesVolumeConfiguration', 'rootDirectory'],
            'error',
            `S3 Files volume "${v.name ?? v.index + 1}" uses an access point, so rootDirectory must be omitted or "/", not "${s3Root}".`,
          ),
        );
      }
    }
    return out;
  },
  quickFix(_doc, found) {
    if (!found.message.includes('transitEncryption')) return undefined;
    const index = found.path.indexOf('efsVolumeConfiguration');
    if (index < 0) return undefined;
    const target = [...found.path.slice(0, index + 1), 'transitEncryption'];
    return { label: 'Enable transit encryption', apply: (current) => withValue(current, target, 'ENABLED') };
  },
};
