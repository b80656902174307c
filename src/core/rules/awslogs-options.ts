import type { Issue } from '../issues';
import { issue } from './helpers';
import { concreteStr, isObj, obj } from './read';
import type { Rule } from './types';

const ID = 'awslogs-options';

export const rule: Rule = {
  id: ID,
  refs: ['R-LOG-1'],
  severity: 'error',
  title: 'awslogs has a group and a Region (and a stream prefix on Fargate); log options use valid modes.',
  why: 'The awslogs driver needs "awslogs-group" and "awslogs-region" to know where to write, and Fargate also needs "awslogs-stream-prefix" to name streams. "awslogs-datetime-format" and "awslogs-multiline-pattern" are exclusive, and "mode" is "blocking" or "non-blocking" for every driver.',
  fix: 'Add the missing options, e.g. {"awslogs-group": "/ecs/my-app", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "ecs"}.',
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
      if (concreteStr(log.logDriver) !== 'awslogs') continue;
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
};
