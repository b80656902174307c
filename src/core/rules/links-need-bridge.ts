import type { Issue } from '../issues';
import { getAtPath } from '../paths';
import { issue, withoutValue } from './helpers';
import { arr, concreteStr, isSet } from './read';
import type { Rule, RuleContext } from './types';

const ID = 'links-need-bridge';

function linksAllowed(ctx: RuleContext): string | undefined {
  if (ctx.isWindows) return 'Windows containers do not support "links"';
  if (ctx.isFargate) return '"links" are not supported on Fargate';
  if (ctx.isManagedInstances) return '"links" are not supported on Managed Instances';
  if (ctx.networkMode !== undefined && ctx.networkMode !== 'bridge') return `"links" need "bridge" network mode, not "${ctx.networkMode}"`;
  return undefined;
}

export const rule: Rule = {
  id: ID,
  refs: ['R-NET-7', 'R-REF-6'],
  severity: 'error',
  title: 'links are used only in bridge mode, name other containers and form no cycle.',
  why: 'Docker links only exist on the default bridge network (not on Windows, Fargate or Managed Instances). Each link is "name" or "name:alias" of another container, and ECS rejects cycles ("Container links should not have a cycle").',
  fix: 'In awsvpc or host mode reach other containers on localhost instead of linking; otherwise make each link name another container and remove links that point back.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const blocked = linksAllowed(ctx);
    const graph = new Map<number, { target: number; path: (string | number)[] }[]>();
    for (const c of ctx.containers) {
      if (!isSet(c.def.links)) continue;
      if (blocked) {
        out.push(
          issue(
            ID,
            [...c.path, 'links'],
            'error',
            `${blocked}; remove "links" and reach the other containers ${ctx.networkMode === 'awsvpc' || ctx.isFargate ? 'on localhost' : 'through service discovery'}.`,
          ),
        );
        continue;
      }
      const edges: { target: number; path: (string | number)[] }[] = [];
      arr(c.def.links).forEach((entry, i) => {
        const link = concreteStr(entry);
        if (link === undefined) return;
        const target = link.split(':')[0] ?? '';
        const path = [...c.path, 'links', i];
        const index = ctx.containerNames.get(target);
        if (index === undefined) {
          out.push(
            issue(
              ID,
              path,
              'error',
              `Link "${link}" names no container of this task definition; use "name" or "name:alias" of another container.`,
            ),
          );
        } else if (index === c.index) {
          out.push(issue(ID, path, 'error', `Container "${target}" links to itself; remove link "${link}".`));
        } else edges.push({ target: index, path });
      });
      graph.set(c.index, edges);
    }
    out.push(...findCycles(graph, ctx));
    return out;
  },
  quickFix(doc, found) {
    const last = found.path[found.path.length - 1];
    if (last === 'links') return { label: 'Remove links', apply: (current) => withoutValue(current, found.path) };
    if (typeof last !== 'number') return undefined;
    const listPath = found.path.slice(0, -1);
    const link = concreteStr(getAtPath(doc, found.path));
    return {
      label: link === undefined ? 'Remove the link' : `Remove link "${link}"`,
      // Removing the only link removes the list too: an empty "links" array says nothing.
      apply: (current) => withoutValue(current, arr(getAtPath(current, listPath)).length <= 1 ? listPath : found.path),
    };
  },
};

/** Reports each link that closes a cycle (depth-first search, three colours). */
function findCycles(graph: Map<number, { target: number; path: (string | number)[] }[]>, ctx: RuleContext): Issue[] {
  const out: Issue[] = [];
  const state = new Map<number, 1 | 2>();
  const visit = (node: number): void => {
    state.set(node, 1);
    for (const edge of graph.get(node) ?? []) {
      const s = state.get(edge.target);
      if (s === 1) {
        const from = ctx.containers[node]?.name ?? `#${node + 1}`;
        const to = ctx.containers[edge.target]?.name ?? `#${edge.target + 1}`;
        out.push(
          issue(
            ID,
            edge.path,
            'error',
            `Link from "${from}" to "${to}" closes a cycle; container links must not form a cycle, remove one of them.`,
          ),
        );
      } else if (s === undefined) visit(edge.target);
    }
    state.set(node, 2);
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return out;
}
