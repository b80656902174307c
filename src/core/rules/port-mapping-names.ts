import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, concreteStr, containerLabel, obj } from './read';
import type { Rule } from './types';

const ID = 'port-mapping-names';
const NAME = /^[a-z0-9_][a-z0-9_-]{0,63}$/;

export const rule: Rule = {
  id: ID,
  refs: ['R-NET-12'],
  severity: 'error',
  title: 'Port mapping names are lower-case, at most 64 characters and unique in the task definition.',
  why: 'Service Connect and VPC Lattice refer to port mappings by name, so names must be unique across all containers and use only a-z, 0-9, "_" and "-" (not starting with "-").',
  fix: 'Rename the mapping, e.g. "web-8080-tcp", and keep names unique across containers.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const seen = new Map<string, string>();
    for (const c of ctx.containers) {
      arr(c.def.portMappings).forEach((entry, i) => {
        const name = concreteStr(obj(entry).name);
        if (name === undefined) return;
        const path = [...c.path, 'portMappings', i, 'name'];
        if (!NAME.test(name)) {
          out.push(
            issue(
              ID,
              path,
              'error',
              `Port mapping name "${name}" is not valid; use at most 64 characters of a-z, 0-9, "_" and "-", not starting with "-".`,
            ),
          );
        }
        const where = `${containerLabel(c.index, c.name)} mapping #${i + 1}`;
        const earlier = seen.get(name);
        if (earlier === undefined) seen.set(name, where);
        else
          out.push(
            issue(
              ID,
              path,
              'error',
              `Port mapping name "${name}" is already used by ${earlier}; port mapping names must be unique in the task definition, rename one.`,
            ),
          );
      });
    }
    return out;
  },
};
