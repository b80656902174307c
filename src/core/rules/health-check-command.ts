import type { Issue } from '../issues';
import { issue } from './helpers';
import { concreteStr, isObj } from './read';
import type { Rule } from './types';

const ID = 'health-check-command';
const SHELL_SYNTAX = /\|\||&&|[|;<>$`]/;

export const rule: Rule = {
  id: ID,
  refs: ['R-HC-1'],
  severity: 'error',
  title: 'healthCheck.command starts with "CMD" or "CMD-SHELL" followed by the command.',
  why: 'ECS passes the command to Docker, which needs the form marker first: ["CMD", "executable", "arg"...] runs the executable directly, ["CMD-SHELL", "command line"] runs it through /bin/sh. Shell syntax (||, &&, pipes) only works with CMD-SHELL. Interval, timeout, retries and startPeriod ranges are checked by the schema.',
  fix: 'Write ["CMD-SHELL", "curl -f http://localhost/ || exit 1"] or ["CMD", "/bin/check", "--quiet"].',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      const check = c.def.healthCheck;
      if (!isObj(check) || !Array.isArray(check.command)) continue;
      const base = [...c.path, 'healthCheck', 'command'];
      const command = check.command;
      if (command.length === 0) {
        out.push(
          issue(ID, base, 'error', 'healthCheck "command" is empty; write ["CMD-SHELL", "<command>"] or ["CMD", "<executable>", ...].'),
        );
        continue;
      }
      const head = concreteStr(command[0]);
      if (head === undefined) continue;
      if (head !== 'CMD' && head !== 'CMD-SHELL') {
        out.push(
          issue(
            ID,
            [...base, 0],
            'error',
            `healthCheck command must start with "CMD" or "CMD-SHELL", not ${JSON.stringify(head)}; insert "CMD-SHELL" before the command line.`,
          ),
        );
        continue;
      }
      if (command.length === 1) {
        out.push(issue(ID, base, 'error', `healthCheck command has only "${head}"; add the command to run after it.`));
        continue;
      }
      const line = concreteStr(command[1]);
      if (head === 'CMD' && command.length === 2 && line !== undefined && line.includes(' ') && SHELL_SYNTAX.test(line)) {
        out.push(
          issue(
            ID,
            [...base, 0],
            'warning',
            `healthCheck uses "CMD" with a shell command line, which Docker runs as a single executable name; use "CMD-SHELL" instead.`,
          ),
        );
      }
    }
    return out;
  },
};
