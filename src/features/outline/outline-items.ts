import type { JsonObject } from '../../core/issues';
import type { Path } from '../../core/paths';
import { asObject, containerLabel, selectContainers, selectVolumes } from '../../document/selectors';

/** One entry of the outline: what it is called, what kind of thing it is, and where it jumps to. */
export interface OutlineItem {
  /** Stable within a document: `task`, `container-0`, `volume-1`. */
  id: string;
  kind: 'task' | 'container' | 'volume';
  label: string;
  /** The field a jump lands on (the name, the first thing a user reads and edits). */
  path: Path;
  /** For containers: its index, so the outline can mark the selected one. */
  index?: number;
}

/** The task, each container by name and each volume by name, in document order. */
export function outlineItems(doc: JsonObject): OutlineItem[] {
  const family = typeof doc.family === 'string' && doc.family !== '' ? doc.family : '(no family)';
  const items: OutlineItem[] = [{ id: 'task', kind: 'task', label: family, path: ['family'] }];
  selectContainers(doc).forEach((container, i) => {
    items.push({
      id: `container-${i}`,
      kind: 'container',
      label: containerLabel(container, i),
      path: ['containerDefinitions', i, 'name'],
      index: i,
    });
  });
  selectVolumes(doc).forEach((volume, i) => {
    const name = asObject(volume).name;
    const label = typeof name === 'string' && name !== '' ? name : `Volume ${i + 1}`;
    items.push({ id: `volume-${i}`, kind: 'volume', label, path: ['volumes', i, 'name'], index: i });
  });
  return items;
}

/** The outline's labels, joined, so a component re-renders only when one of them changes. */
export function outlineKey(doc: JsonObject): string {
  return outlineItems(doc)
    .map((item) => `${item.id}\u0000${item.label}`)
    .join('\u0001');
}
