import type { Issue } from '../issues';
import { getAtPath } from '../paths';
import { splitShellWords } from '../shell-words';
import { issue, withValue } from './helpers';
import { arr, concreteStr, isPlaceholder, strings } from './read';
import type { Rule } from './types';

const ID = 'command-array-form';
/** Shell syntax that only a shell understands: splitting such a line into words would change its meaning. */
const SHELL_SYNTAX = /\|\||&&|[|;<>$`*?~]|\b(if|for|while)\b/;
/** Programs that take a script as the argument after the flag: `["sh", "-c"]`, `["cmd", "/c"]` and the like. */
const SCRIPT_FLAG = /^(-c|-lc|\/c|\/s|-command|-encodedcommand)$/i;

/** True when `entryPoint` ends with a shell flag, so `command[0]` is a script line (spaces are fine there). */
function entryPointTakesScript(entryPoint: readonly string[]): boolean {
  const last = entryPoint[entryPoint.length - 1];
  return last !== undefined && SCRIPT_FLAG.test(last.trim());
}

/** A one-element array holding a whole command line (`["npm start"]`): Docker looks for a program named "npm start". */
function isWholeLine(items: readonly unknown[]): string | undefined {
  if (items.length !== 1) return undefined;
  const line = concreteStr(items[0]);
  return line !== undefined && /\S\s+\S/.test(line.trim()) ? line : undefined;
}

/** An element wrapped in literal quotes (`"\"nginx\""`): the quotes become part of the argument. */
function quotedElement(items: readonly unknown[]): number {
  return items.findIndex((item) => typeof item === 'string' && !isPlaceholder(item) && /^(["']).*\1$/s.test(item) && item.length > 2);
}

export const rule: Rule = {
  id: ID,
  refs: ['Docker CannotStartContainerError'],
  severity: 'warning',
  title: 'entryPoint and command are argument arrays, not one shell line.',
  why: 'ECS hands entryPoint and command to Docker as the program\'s argv without a shell: ["npm start"] makes Docker look for a program called "npm start" and the task stops with CannotStartContainerError (\'exec: "npm start": executable file not found in $PATH\', aws/amazon-ecs-cli#78, aws/amazon-ecs-agent#717). Quotes inside an element are passed literally too. A script line is fine after a shell flag, as in entryPoint ["sh", "-c"].',
  fix: 'Split the line into one element per word (["npm", "start"]), or run it through a shell: ["sh", "-c", "npm start && ..."]. The quick fix does one or the other.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      const entryPoint = arr(c.def.entryPoint);
      const command = arr(c.def.command);
      const scriptEntry = entryPointTakesScript(strings(c.def.entryPoint));
      const fields: ['entryPoint' | 'command', readonly unknown[]][] = [['entryPoint', entryPoint]];
      if (!scriptEntry) fields.push(['command', command]);
      for (const [field, items] of fields) {
        const line = isWholeLine(items);
        if (line !== undefined) {
          const message = `${field} ${JSON.stringify([line])} is one element, so Docker looks for a program named ${JSON.stringify(line)}; split it into one element per argument or run it with ["sh", "-c", ...].`;
          out.push(issue(ID, [...c.path, field, 0], 'warning', message));
          continue;
        }
        const quoted = quotedElement(items);
        if (quoted >= 0) {
          const message = `${field} element ${JSON.stringify(items[quoted])} keeps its quotes, which Docker passes to the program as part of the argument; remove the quotes.`;
          out.push(issue(ID, [...c.path, field, quoted], 'warning', message));
        }
      }
    }
    return out;
  },
  quickFix(doc, found) {
    const index = found.path[found.path.length - 1];
    const fieldPath = found.path.slice(0, -1);
    const field = fieldPath[fieldPath.length - 1];
    if (typeof index !== 'number' || (field !== 'entryPoint' && field !== 'command')) return undefined;
    const items = arr(getAtPath(doc, fieldPath));
    const element = concreteStr(items[index]);
    if (element === undefined) return undefined;
    if (items.length === 1 && /\s/.test(element.trim())) {
      const replacement = SHELL_SYNTAX.test(element) ? ['sh', '-c', element] : splitShellWords(element);
      const label = SHELL_SYNTAX.test(element) ? `Run ${field} with sh -c` : `Split ${field} into ${replacement.length} arguments`;
      return { label, apply: (current) => withValue(current, fieldPath, replacement) };
    }
    const unquoted = items.map((item) =>
      typeof item === 'string' && /^(["']).*\1$/s.test(item) && item.length > 2 ? item.slice(1, -1) : item,
    );
    return { label: `Remove the literal quotes from ${field}`, apply: (current) => withValue(current, fieldPath, unquoted) };
  },
};
