import type { Issue } from '../issues';
import type { Path } from '../paths';
import { issue } from './helpers';
import { arr, concreteStr, isObj } from './read';
import type { Rule, RuleContext } from './types';

const ID = 'depends-on-container';

export const rule: Rule = {
  id: ID,
  refs: ['R-REF-3'],
  severity: 'error',
  title: 'dependsOn names other containers of the task and forms no cycle.',
  why: 'Container dependencies order start-up (and reverse shutdown) inside the task; a target must be another container of the same task definition and a cycle could never start. The condition values are checked by the schema.',
  fix: 'Set "containerName" to another container\'s name and remove the dependency that closes the cycle.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    const graph = new Map<number, { target: number; path: Path }[]>();
    for (const c of ctx.containers) {
      const edges: { target: number; path: Path }[] = [];
      arr(c.def.dependsOn).forEach((entry, i) => {
        if (!isObj(entry)) return;
        const path = [...c.path, 'dependsOn', i];
        const target = concreteStr(entry.containerName);
        if (target === undefined) return;
        const index = ctx.containerNames.get(target);
        if (index === undefined) {
          out.push(
            issue(
              ID,
              [...path, 'containerName'],
              'error',
              `dependsOn containerName "${target}" is not a container of this task definition; use another container's name.`,
            ),
          );
        } else if (index === c.index) {
          out.push(
            issue(ID, [...path, 'containerName'], 'error', `Container "${target}" cannot depend on itself; remove this dependency.`),
          );
        } else edges.push({ target: index, path: [...path, 'containerName'] });
      });
      if (edges.length > 0) graph.set(c.index, edges);
    }
    out.push(...cycles(graph, ctx));
    return out;
  },
};

function cycles(graph: Map<number, { target: number; path: Path }[]>, ctx: RuleContext): Issue[] {
  const out: Issue[] = [];
  const state = new Map<number, 1 | 2>();
  const name = (i: number) => ctx.containers[i]?.name ?? `#${i + 1}`;
  const visit = (node: number): void => {
    state.set(node, 1);
    for (const edge of graph.get(node) ?? []) {
      const s = state.get(edge.target);
      if (s === 1) {
        out.push(
          issue(
            ID,
            edge.path,
            'error',
            `Dependency of "${name(node)}" on "${name(edge.target)}" closes a cycle, so neither could start; remove one of the dependencies.`,
          ),
        );
      } else if (s === undefined) visit(edge.target);
    }
    state.set(node, 2);
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return out;
}
