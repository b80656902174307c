import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, asBool, concreteStr, isSet, obj } from './read';
import { checkRestrictions, removeFieldFix, type Restriction } from './restrictions';
import type { Rule } from './types';

const ID = 'windows-unsupported-fields';

/** Exported for the check that the forms (core/applicability) mark the same fields. */
export const RESTRICTIONS: Restriction[] = [
  { scope: 'task', field: ['ipcMode'] },
  { scope: 'task', field: ['pidMode'] },
  { scope: 'task', field: ['proxyConfiguration'] },
  { scope: 'container', field: ['disableNetworking'] },
  { scope: 'container', field: ['dnsServers'] },
  { scope: 'container', field: ['dnsSearchDomains'] },
  { scope: 'container', field: ['extraHosts'], when: (v, ctx) => ctx.networkMode !== 'awsvpc' && Array.isArray(v) && v.length > 0 },
  { scope: 'container', field: ['linuxParameters'] },
  { scope: 'container', field: ['privileged'] },
  { scope: 'container', field: ['readonlyRootFilesystem'], when: (v) => asBool(v) === true },
  { scope: 'container', field: ['ulimits'] },
  { scope: 'container', field: ['systemControls'] },
  {
    scope: 'volume',
    field: ['dockerVolumeConfiguration', 'driver'],
    when: (v) => typeof v === 'string' && v !== '' && v !== 'local',
    advice: 'Windows only supports the "local" driver',
  },
];

export const rule: Rule = {
  id: ID,
  refs: ['§6 Windows'],
  severity: 'error',
  title: 'Windows tasks do not use Linux-only features; FSx for Windows volumes need Windows.',
  why: 'Windows containers have no Linux kernel features (linuxParameters, ulimits, sysctls, privileged mode, read-only root, DNS overrides, IPC/PID namespaces, App Mesh) and run on X86_64 only. "user" is allowed: Security Hub ECS.21 asks for a non-administrator user (see windows-non-admin-user). On EC2 the task-level cpu and memory are ignored. FSx for Windows File Server volumes only mount into Windows containers.',
  fix: 'Remove the Linux-only field (or the FSx volume on Linux), use cpuArchitecture X86_64, and on EC2 size Windows containers with container-level cpu and memory.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const platform = obj(ctx.root.runtimePlatform);
    if (ctx.osFamily === 'LINUX') {
      for (const v of ctx.volumes) {
        if (isSet(v.def.fsxWindowsFileServerVolumeConfiguration)) {
          out.push(
            issue(
              ID,
              [...v.path, 'fsxWindowsFileServerVolumeConfiguration'],
              'error',
              `FSx for Windows File Server volume "${v.name ?? v.index + 1}" needs a Windows operating system family; use EFS on Linux or switch runtimePlatform to Windows.`,
            ),
          );
        }
      }
    }
    if (!ctx.isWindows) return out;
    out.push(...checkRestrictions(ID, ctx, 'for Windows containers', RESTRICTIONS));
    if (concreteStr(platform.cpuArchitecture) === 'ARM64') {
      out.push(
        issue(
          ID,
          ['runtimePlatform', 'cpuArchitecture'],
          'error',
          'Windows containers run on X86_64 only; set "cpuArchitecture": "X86_64".',
        ),
      );
    }
    for (const c of ctx.containers) {
      arr(c.def.mountPoints).forEach((entry, i) => {
        const target = concreteStr(obj(entry).containerPath);
        const drive = target === undefined ? undefined : /^([A-Za-z]):/.exec(target)?.[1];
        if (drive !== undefined && drive.toUpperCase() !== 'C') {
          const message = `Mount path "${target}" is on drive ${drive.toUpperCase()}:, but Windows containers can only mount on the drive of $env:ProgramData (normally C:); use a path on C:.`;
          out.push(issue(ID, [...c.path, 'mountPoints', i, 'containerPath'], 'warning', message));
        }
      });
    }
    const onEc2 = !ctx.isFargate && (ctx.isEc2 || ctx.launchTypes.size === 0);
    if (onEc2) {
      for (const field of ['cpu', 'memory'] as const) {
        if (isSet(ctx.root[field])) {
          out.push(
            issue(
              ID,
              [field],
              'warning',
              `Task-level "${field}" is ignored for Windows containers on EC2; set "${field}" on each container instead.`,
            ),
          );
        }
      }
    }
    return out;
  },
  quickFix: removeFieldFix,
};
