import type { Issue } from '../issues';
import { buildContext } from './context';
import { issue, withValue } from './helpers';
import { concreteStr } from './read';
import type { Rule } from './types';

const ID = 'network-mode-compatibility';

export const rule: Rule = {
  id: ID,
  refs: ['R-NET-1', 'R-NET-2', 'R-NET-3', 'R-NET-4'],
  severity: 'error',
  title: 'The network mode is one the launch types and operating system support.',
  why: 'Fargate only supports awsvpc and it must be written explicitly ("Fargate only supports network mode \'awsvpc\'."); EXTERNAL (ECS Anywhere) has no awsvpc; Managed Instances use awsvpc or host; Windows on EC2 uses the default (NAT) or awsvpc.',
  fix: 'Set "networkMode" to a mode every listed launch type supports: awsvpc for Fargate and Managed Instances, bridge/host/none for EXTERNAL, omitted or awsvpc for Windows on EC2.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const raw = ctx.root.networkMode;
    const mode = concreteStr(raw);
    const unknown = ctx.networkModeSet && mode === undefined; // placeholder or wrong type
    if (unknown) return out;
    if (ctx.isFargate) {
      if (!ctx.networkModeSet) {
        out.push(issue(ID, [], 'error', 'Fargate requires "networkMode": "awsvpc" written explicitly; add it.'));
      } else if (mode !== 'awsvpc') {
        out.push(issue(ID, ['networkMode'], 'error', `Network mode "${mode}" is not supported on Fargate; set "networkMode" to "awsvpc".`));
      }
    }
    if (ctx.isExternal && mode === 'awsvpc') {
      out.push(
        issue(
          ID,
          ['networkMode'],
          'error',
          'Network mode "awsvpc" is not supported on EXTERNAL (ECS Anywhere) instances; use "bridge", "host" or "none".',
        ),
      );
    }
    if (ctx.isManagedInstances && mode !== undefined && mode !== 'awsvpc' && mode !== 'host' && !(ctx.isFargate && !ctx.networkModeSet)) {
      out.push(
        issue(
          ID,
          ['networkMode'],
          'error',
          `Network mode "${mode}" is not supported on Managed Instances; use "awsvpc" (the default) or "host".`,
        ),
      );
    }
    const onEc2 = ctx.isEc2 || ctx.launchTypes.size === 0;
    if (ctx.isWindows && onEc2 && mode !== undefined && mode !== 'awsvpc' && !ctx.isFargate) {
      out.push(
        issue(
          ID,
          ['networkMode'],
          'error',
          `Network mode "${mode}" is not supported for Windows containers on EC2; remove "networkMode" (Docker NAT) or use "awsvpc".`,
        ),
      );
    }
    return out;
  },
  quickFix(doc) {
    // The mode every listed launch type accepts: bridge for EXTERNAL (it has no awsvpc), awsvpc for the rest.
    const ctx = buildContext(doc);
    const mode = ctx.isExternal && !ctx.isFargate && !ctx.isManagedInstances ? 'bridge' : 'awsvpc';
    if (ctx.networkMode === mode && ctx.networkModeSet) return undefined;
    return { label: `Set network mode to ${mode}`, apply: (current) => withValue(current, ['networkMode'], mode) };
  },
};
