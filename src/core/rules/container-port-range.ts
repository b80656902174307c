import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, asInt, concreteStr, obj } from './read';
import { PortOwners } from './port-owners';
import type { Rule } from './types';

const ID = 'container-port-range';
const RANGE = /^\s*(\d+)\s*-\s*(\d+)\s*$/;

export const rule: Rule = {
  id: ID,
  refs: ['R-NET-9'],
  severity: 'error',
  title: 'containerPortRange is "first-last" in bridge or awsvpc mode, without hostPort, at most 100 per container, without overlaps.',
  why: 'Port ranges are mapped by ECS itself (the host ports are chosen for you), only in bridge and awsvpc modes. A range is "first-last" with 1 <= first < last <= 65535; a port may belong to only one mapping of a container.',
  fix: 'Write the range as "8000-8099", remove "hostPort" from that mapping, and make ranges and single ports of a container disjoint.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const mode = ctx.networkMode;
    for (const c of ctx.containers) {
      // Lazily built: most containers have no port range, and those need no port table.
      let owners: PortOwners | undefined;
      const singles: { port: number; index: number }[] = [];
      const taken = () => {
        if (!owners) {
          owners = new PortOwners();
          for (const { port, index } of singles) owners.claim(port, port, index);
        }
        return owners;
      };
      let ranges = 0;
      arr(c.def.portMappings).forEach((entry, i) => {
        const mapping = obj(entry);
        const base = [...c.path, 'portMappings', i];
        const single = asInt(mapping.containerPort);
        const text = concreteStr(mapping.containerPortRange);
        if (text === undefined) {
          if (single !== undefined) {
            if (owners) owners.claim(single, single, i);
            else singles.push({ port: single, index: i });
          }
          return;
        }
        ranges++;
        const path = [...base, 'containerPortRange'];
        if (mode !== undefined && mode !== 'bridge' && mode !== 'awsvpc') {
          out.push(
            issue(
              ID,
              path,
              'error',
              `"containerPortRange" needs bridge or awsvpc network mode, not "${mode}"; list the ports one by one or change the network mode.`,
            ),
          );
        }
        if (mapping.hostPort !== undefined && mapping.hostPort !== null) {
          out.push(
            issue(
              ID,
              [...base, 'hostPort'],
              'error',
              '"hostPort" must be omitted when "containerPortRange" is set (ECS picks the host ports); remove it.',
            ),
          );
        }
        const match = RANGE.exec(text);
        const from = match ? Number(match[1]) : NaN;
        const to = match ? Number(match[2]) : NaN;
        if (!match || from < 1 || to > 65535 || from >= to) {
          out.push(
            issue(
              ID,
              path,
              'error',
              `Port range ${JSON.stringify(text)} is not valid; write "first-last" with 1 <= first < last <= 65535, e.g. "8000-8099".`,
            ),
          );
          return;
        }
        const clash = taken().firstOwner(from, to);
        if (clash !== undefined) {
          out.push(
            issue(
              ID,
              path,
              'error',
              `Port range "${text}" overlaps port mapping #${clash + 1} of the same container; a port may appear in only one mapping, make them disjoint.`,
            ),
          );
        }
        taken().claim(from, to, i);
      });
      if (ranges > 100) {
        out.push(
          issue(
            ID,
            [...c.path, 'portMappings'],
            'error',
            `Container has ${ranges} port ranges; ECS allows at most 100 per container, merge some ranges.`,
          ),
        );
      }
    }
    return out;
  },
};
