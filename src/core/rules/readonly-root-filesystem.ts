import type { Issue } from '../issues';
import { issue, withValue } from './helpers';
import { asBool, capitalize, containerLabel, isPlaceholder } from './read';
import type { Rule } from './types';

const ID = 'readonly-root-filesystem';

export const rule: Rule = {
  id: ID,
  refs: ['BP'],
  severity: 'info',
  title: 'Containers mount their root filesystem read-only.',
  why: "A read-only root filesystem stops an attacker (or a bug) from changing the container's binaries and configuration; writable data belongs in volumes or tmpfs. AWS Security Hub control ECS.5 checks it. Not available for Windows containers.",
  fix: 'Set "readonlyRootFilesystem": true and mount a volume for each directory the application writes to.',
  check(_doc, ctx) {
    if (ctx.isWindows) return [];
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      if (!c.isObject) continue;
      const value = c.def.readonlyRootFilesystem;
      if (asBool(value) === true || isPlaceholder(value)) continue;
      const explicit = value !== undefined && value !== null;
      out.push(
        issue(
          ID,
          explicit ? [...c.path, 'readonlyRootFilesystem'] : c.path,
          'info',
          `${capitalize(containerLabel(c.index, c.name))} has a writable root filesystem; set "readonlyRootFilesystem": true and use volumes for the paths it writes to.`,
        ),
      );
    }
    return out;
  },
  quickFix(_doc, found) {
    const container = found.path[found.path.length - 1] === 'readonlyRootFilesystem' ? found.path.slice(0, -1) : found.path;
    return {
      label: 'Make the root filesystem read-only',
      apply: (current) => withValue(current, [...container, 'readonlyRootFilesystem'], true),
    };
  },
};
