import { checkRestrictions, removeFieldFix, type Restriction } from './restrictions';
import type { Rule } from './types';

const ID = 'managed-instances-unsupported-fields';
const set = (v: unknown) => v !== undefined && v !== null;

/** Exported for the check that the forms (core/applicability) mark the same fields. */
export const RESTRICTIONS: Restriction[] = [
  { scope: 'task', field: ['ephemeralStorage'] },
  { scope: 'task', field: ['inferenceAccelerators'] },
  { scope: 'task', field: ['ipcMode'] },
  { scope: 'task', field: ['proxyConfiguration'] },
  { scope: 'container', field: ['disableNetworking'] },
  { scope: 'container', field: ['dnsSearchDomains'] },
  { scope: 'container', field: ['dnsServers'] },
  { scope: 'container', field: ['dockerLabels'] },
  { scope: 'container', field: ['dockerSecurityOptions'] },
  { scope: 'container', field: ['extraHosts'], when: (v, ctx) => ctx.networkMode !== 'awsvpc' && Array.isArray(v) && v.length > 0 },
  { scope: 'container', field: ['hostname'], when: (v, ctx) => ctx.networkMode !== 'awsvpc' && typeof v === 'string' && v !== '' },
  { scope: 'container', field: ['linuxParameters', 'maxSwap'], when: set },
  { scope: 'container', field: ['linuxParameters', 'swappiness'], when: set },
  { scope: 'container', field: ['linuxParameters', 'sharedMemorySize'], when: set },
  { scope: 'container', field: ['linuxParameters', 'tmpfs'] },
  { scope: 'volume', field: ['dockerVolumeConfiguration'] },
  { scope: 'volume', field: ['fsxWindowsFileServerVolumeConfiguration'] },
  { scope: 'volume', field: ['host', 'sourcePath'] },
];

export const rule: Rule = {
  id: ID,
  refs: ['§5 MANAGED_INSTANCES'],
  severity: 'error',
  title: 'Managed Instances tasks do not use the fields that launch type rejects.',
  why: 'ECS Managed Instances run tasks on AWS-managed, hardened instances; the task definition parameters page lists these fields as not valid there: DNS and host-name settings, Docker labels and security options, swap, shared memory, tmpfs, Docker, FSx and host-path volumes, ephemeralStorage, inferenceAccelerators, ipcMode and proxyConfiguration.',
  fix: 'Remove the field, or run the task on EC2 if you need it.',
  check(_doc, ctx) {
    if (!ctx.isManagedInstances) return [];
    return checkRestrictions(ID, ctx, 'on Managed Instances', RESTRICTIONS);
  },
  quickFix: removeFieldFix,
};
