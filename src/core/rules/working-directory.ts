import type { Issue } from '../issues';
import { issue } from './helpers';
import { capitalize, concreteStr, containerLabel } from './read';
import type { Rule } from './types';

const ID = 'working-directory';

export const rule: Rule = {
  id: ID,
  refs: ['Docker CannotCreateContainerError'],
  severity: 'error',
  title: 'workingDirectory is an absolute path.',
  why: 'Docker refuses to create a container whose working directory is relative ("the working directory \'app\' is invalid, it needs to be an absolute path", moby daemon container config check), so the task registers but stops with CannotCreateContainerError.',
  fix: 'Write the directory from the root of the image, e.g. "/app" (or "C:\\\\app" for Windows containers).',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      const dir = concreteStr(c.def.workingDirectory);
      if (dir === undefined || dir.trim() === '' || dir.startsWith('/')) continue;
      if (ctx.osFamily !== 'LINUX' && (/^[A-Za-z]:[\\/]/.test(dir) || dir.startsWith('\\'))) continue;
      const message = `${capitalize(containerLabel(c.index, c.name))} has the relative workingDirectory "${dir}"; Docker needs an absolute path, e.g. "/${dir.replace(/^\.?\/*/, '')}".`;
      out.push(issue(ID, [...c.path, 'workingDirectory'], 'error', message));
    }
    return out;
  },
};
