/** The semantic diff as text lines, grouped as the app shows it: the task first, then each container. */
import type { JsonValue } from '../issues';
import type { Change } from './semantic-diff';

function show(value: JsonValue | undefined): string {
  const text = JSON.stringify(value) ?? '';
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

export function formatChange(change: Change): string {
  if (change.kind === 'added') return `+ ${change.label} = ${show(change.after)}`;
  if (change.kind === 'removed') return `- ${change.label} (was ${show(change.before)})`;
  return `~ ${change.label}: ${show(change.before)} → ${show(change.after)}`;
}

/** Changes by group: `task` first, then `container NAME` in the order they first appear. */
export function groupChanges(changes: readonly Change[]): { group: string; changes: Change[] }[] {
  const groups = new Map<string, Change[]>([['task', []]]);
  for (const change of changes) {
    const group = change.container === null ? 'task' : `container ${change.container}`;
    const list = groups.get(group) ?? [];
    list.push(change);
    groups.set(group, list);
  }
  return [...groups].filter(([, list]) => list.length > 0).map(([group, list]) => ({ group, changes: list }));
}

export function formatDiffText(changes: readonly Change[]): string {
  if (changes.length === 0) return 'No changes by meaning.';
  return groupChanges(changes)
    .map(({ group, changes: list }) => [`${group}:`, ...list.map((change) => `  ${formatChange(change)}`)].join('\n'))
    .join('\n');
}
