import type { Issue } from '../issues';
import { getAtPath } from '../paths';
import { closestKey, issue, withRenamedKey } from './helpers';
import { concreteStr, isObj, isPlaceholder, obj } from './read';
import type { Rule, RuleContext } from './types';

const ID = 'awslogs-options';

/**
 * Every option the awslogs driver takes: the keys Docker's awslogs driver validates (moby
 * daemon/logger/awslogs ValidateLogOpt), "awslogs-stream-prefix" (which the ECS agent turns into a stream
 * name) and the delivery options every Docker driver takes.
 */
export const AWSLOGS_OPTION_KEYS: readonly string[] = [
  'awslogs-group',
  'awslogs-region',
  'awslogs-stream-prefix',
  'awslogs-create-group',
  'awslogs-datetime-format',
  'awslogs-multiline-pattern',
  'awslogs-endpoint',
  'awslogs-stream',
  'awslogs-create-stream',
  'awslogs-credentials-endpoint',
  'awslogs-force-flush-interval-seconds',
  'awslogs-max-buffered-events',
  'awslogs-format',
  'tag',
  'mode',
  'max-buffer-size',
];
const KNOWN: ReadonlySet<string> = new Set(AWSLOGS_OPTION_KEYS);

/** Docker (EC2, EXTERNAL) refuses to create the container; other platforms are not documented, so they get a warning. */
function unknownKeySeverity(ctx: RuleContext): 'error' | 'warning' {
  return ctx.isFargate || ctx.isManagedInstances ? 'warning' : 'error';
}

function unknownKeyIssues(options: Record<string, unknown>, optionsPath: (string | number)[], ctx: RuleContext): Issue[] {
  const out: Issue[] = [];
  for (const key of Object.keys(options)) {
    if (KNOWN.has(key) || isPlaceholder(key)) continue;
    const suggestion = closestKey(key, AWSLOGS_OPTION_KEYS);
    const hint = suggestion ? `did you mean "${suggestion}"?` : `known options: ${AWSLOGS_OPTION_KEYS.slice(0, 6).join(', ')}, ...`;
    const message = `"${key}" is not an awslogs option (${hint}); Docker refuses to start the container with "unknown log opt '${key}' for awslogs log driver".`;
    out.push(issue(ID, [...optionsPath, key], unknownKeySeverity(ctx), message));
  }
  return out;
}

export const rule: Rule = {
  id: ID,
  refs: ['R-LOG-1', 'cfn-lint E3046'],
  severity: 'error',
  title: 'awslogs has a group and a Region (and a stream prefix on Fargate), only known option keys, and valid values.',
  why: 'The awslogs driver needs "awslogs-group" and "awslogs-region" to know where to write, and Fargate also needs "awslogs-stream-prefix" to name streams. "awslogs-datetime-format" and "awslogs-multiline-pattern" are exclusive, and "mode" is "blocking" or "non-blocking" for every driver; "max-buffer-size" needs "mode": "non-blocking" (moby daemon/logger ValidateLogOpts). RegisterTaskDefinition accepts any option key, but Docker\'s awslogs driver refuses an unknown one when the container is created ("unknown log opt \'awslogs-regoin\' for awslogs log driver", moby daemon/logger/awslogs ValidateLogOpt; aws/amazon-ecs-cli#820), so a typo stops the task (an error on EC2, a warning on Fargate and Managed Instances). "awslogs-create-group" only takes "true" ("Log driver awslogs option \'awslogs-create-group\' should only be set to \'true\', else omit option.", terraform-linters/tflint-ruleset-aws#348).',
  fix: 'Add the missing options, e.g. {"awslogs-group": "/ecs/my-app", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "ecs"}; correct misspelt keys (the quick fix renames a key to the closest known one); remove "awslogs-create-group" instead of setting it to "false".',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      const log = c.def.logConfiguration;
      if (!isObj(log)) continue;
      const base = [...c.path, 'logConfiguration'];
      const options = obj(log.options);
      const optionsPath = isObj(log.options) ? [...base, 'options'] : base;
      const mode = concreteStr(options.mode);
      if (mode !== undefined && mode !== 'blocking' && mode !== 'non-blocking') {
        out.push(
          issue(
            ID,
            [...base, 'options', 'mode'],
            'error',
            `Log option mode must be "blocking" or "non-blocking", not ${JSON.stringify(mode)}.`,
          ),
        );
      }
      if (options['max-buffer-size'] !== undefined && options['max-buffer-size'] !== null && mode !== 'non-blocking') {
        const explicit = mode === 'blocking';
        const message = explicit
          ? 'Log option "max-buffer-size" only works with "mode": "non-blocking"; Docker refuses to start the container with "mode": "blocking" ("max-buffer-size option is only supported with \'mode=non-blocking\'").'
          : 'Log option "max-buffer-size" needs "mode": "non-blocking"; set it explicitly, since Docker refuses the buffer size without it unless the ECS agent fills in the mode.';
        if (mode === undefined || explicit)
          out.push(issue(ID, [...base, 'options', 'max-buffer-size'], explicit ? 'error' : 'warning', message));
      }
      if (concreteStr(log.logDriver) !== 'awslogs') continue;
      if (isObj(log.options)) out.push(...unknownKeyIssues(log.options, optionsPath, ctx));
      const createGroup = concreteStr(options['awslogs-create-group']);
      if (createGroup !== undefined && createGroup.toLowerCase() !== 'true') {
        const message = `"awslogs-create-group" must be "true" or left out, not ${JSON.stringify(createGroup)}; ECS rejects any other value ("should only be set to 'true', else omit option").`;
        out.push(issue(ID, [...optionsPath, 'awslogs-create-group'], 'error', message));
      }
      const required = ['awslogs-group', 'awslogs-region'];
      if (ctx.isFargate) required.push('awslogs-stream-prefix');
      const missing = required.filter((key) => options[key] === undefined || options[key] === null || options[key] === '');
      if (missing.length > 0) {
        const where = ctx.isFargate && missing.includes('awslogs-stream-prefix') ? ' (the stream prefix is required on Fargate)' : '';
        out.push(
          issue(
            ID,
            optionsPath,
            'error',
            `awslogs needs ${missing.map((m) => `"${m}"`).join(' and ')} in logConfiguration options${where}; add ${missing.length > 1 ? 'them' : 'it'}.`,
          ),
        );
      }
      if (options['awslogs-datetime-format'] !== undefined && options['awslogs-multiline-pattern'] !== undefined) {
        out.push(
          issue(
            ID,
            [...base, 'options', 'awslogs-multiline-pattern'],
            'error',
            '"awslogs-datetime-format" and "awslogs-multiline-pattern" cannot be used together; keep one of them.',
          ),
        );
      }
    }
    return out;
  },
  quickFix(doc, found) {
    const key = found.path[found.path.length - 1];
    if (typeof key !== 'string' || KNOWN.has(key) || found.path[found.path.length - 2] !== 'options') return undefined;
    const optionsPath = found.path.slice(0, -1);
    const options = getAtPath(doc, optionsPath);
    const suggestion = closestKey(key, AWSLOGS_OPTION_KEYS);
    if (!isObj(options) || suggestion === undefined || suggestion in options) return undefined;
    return { label: `Rename "${key}" to "${suggestion}"`, apply: (current) => withRenamedKey(current, optionsPath, key, suggestion) };
  },
};
