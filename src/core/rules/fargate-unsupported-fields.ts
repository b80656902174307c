import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, concreteStr, obj } from './read';
import { checkRestrictions, removeFieldFix, type Restriction } from './restrictions';
import type { Rule } from './types';

const ID = 'fargate-unsupported-fields';
const FARGATE_LOG_DRIVERS = new Set(['awslogs', 'splunk', 'awsfirelens']);

/** Exported for the check that the forms (core/applicability) mark the same fields. */
export const RESTRICTIONS: Restriction[] = [
  { scope: 'task', field: ['ipcMode'] },
  { scope: 'task', field: ['placementConstraints'] },
  { scope: 'task', field: ['pidMode'], when: (v) => typeof v === 'string' && v !== 'task', advice: 'use "task" or remove it' },
  { scope: 'container', field: ['disableNetworking'] },
  { scope: 'container', field: ['dnsSearchDomains'] },
  { scope: 'container', field: ['dnsServers'] },
  { scope: 'container', field: ['dockerSecurityOptions'] },
  { scope: 'container', field: ['privileged'] },
  { scope: 'container', field: ['extraHosts'], when: (v, ctx) => ctx.networkMode !== 'awsvpc' && Array.isArray(v) && v.length > 0 },
  { scope: 'container', field: ['linuxParameters', 'maxSwap'], when: (v) => v !== undefined && v !== null },
  { scope: 'container', field: ['linuxParameters', 'swappiness'], when: (v) => v !== undefined && v !== null },
  { scope: 'container', field: ['linuxParameters', 'devices'] },
  { scope: 'container', field: ['linuxParameters', 'sharedMemorySize'], when: (v) => v !== undefined && v !== null },
  { scope: 'container', field: ['linuxParameters', 'tmpfs'] },
  { scope: 'volume', field: ['dockerVolumeConfiguration'], advice: 'use an EFS volume or a task-scoped bind mount instead' },
  { scope: 'volume', field: ['host', 'sourcePath'], advice: 'remove it (an empty "host" gives task-scoped storage) or use EFS' },
];

export const rule: Rule = {
  id: ID,
  refs: ['§5 FARGATE'],
  severity: 'error',
  title: 'Fargate tasks do not use EC2-only features.',
  why: 'Fargate runs each task on isolated, AWS-managed infrastructure, so host-level features are rejected: ipcMode, placement constraints, pidMode other than "task", privileged, Docker security options, DNS and extra-hosts settings, swap, devices, shared memory, tmpfs, Docker volumes, host paths and GPUs; capabilities may only add SYS_PTRACE and the log driver must be awslogs, splunk or awsfirelens ("Tasks using the Fargate launch type do not support ipcMode.").',
  fix: 'Remove the field, or run the task on EC2 or Managed Instances if you need it.',
  check(_doc, ctx) {
    if (!ctx.isFargate) return [];
    const out: Issue[] = checkRestrictions(ID, ctx, 'on Fargate', RESTRICTIONS);
    for (const c of ctx.containers) {
      arr(obj(obj(c.def.linuxParameters).capabilities).add).forEach((entry, i) => {
        const cap = concreteStr(entry);
        if (cap !== undefined && cap !== 'SYS_PTRACE') {
          out.push(
            issue(
              ID,
              [...c.path, 'linuxParameters', 'capabilities', 'add', i],
              'error',
              `Capability "${cap}" cannot be added on Fargate (only SYS_PTRACE); remove it.`,
            ),
          );
        }
      });
      arr(c.def.resourceRequirements).forEach((entry, i) => {
        if (obj(entry).type === 'GPU') {
          out.push(
            issue(
              ID,
              [...c.path, 'resourceRequirements', i],
              'error',
              'GPU resource requirements are not supported on Fargate; remove it or run on EC2 or Managed Instances with GPU instances.',
            ),
          );
        }
      });
      const driver = concreteStr(obj(c.def.logConfiguration).logDriver);
      if (driver !== undefined && !FARGATE_LOG_DRIVERS.has(driver)) {
        out.push(
          issue(
            ID,
            [...c.path, 'logConfiguration', 'logDriver'],
            'error',
            `Log driver "${driver}" is not supported on Fargate; use "awslogs", "splunk" or "awsfirelens".`,
          ),
        );
      }
    }
    return out;
  },
  quickFix: removeFieldFix,
};
