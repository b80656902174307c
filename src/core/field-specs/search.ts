/**
 * The field search: every field spec as an entry (label, key, help, keywords → JSON path pattern), and a
 * ranking that puts label matches first ("ulimit" → Ulimits, "health" → Health check fields).
 * Paths use `*` for an array index: `containerDefinitions.*.healthCheck.interval`.
 */
import type { FieldSpec, SectionSpec } from './types';

export type SearchScope = 'task' | 'container' | 'volume';

export interface SearchEntry {
  label: string;
  key: string;
  help: string;
  keywords: readonly string[];
  /** JSON path pattern, `*` for array indexes. */
  path: string;
  scope: SearchScope;
  /** Where it is: "Container › Health check", "Task › Tags". */
  where: string;
  /** The section's id (to tell sections apart). */
  sectionId: string;
}

/** One group of sections over the same object (`base`: '' for the task, `containerDefinitions.*`, `volumes.*`). */
export interface SearchGroup {
  scope: SearchScope;
  base: string;
  title: string;
  sections: readonly SectionSpec[];
}

function entriesOf(fields: readonly FieldSpec[], base: string, group: SearchGroup, section: SectionSpec, trail: string[]): SearchEntry[] {
  return fields.flatMap((spec) => {
    const path = base ? `${base}.${spec.key}` : spec.key;
    const where = [group.title, section.title, ...trail].filter((part, i, all) => part && part !== all[i - 1]).join(' › ');
    const own: SearchEntry = {
      label: spec.label,
      key: spec.key,
      help: spec.help,
      keywords: spec.keywords ?? [],
      path,
      scope: group.scope,
      where,
      sectionId: section.id,
    };
    if (spec.kind === 'object') return [own, ...entriesOf(spec.fields, path, group, section, [...trail, spec.label])];
    if (spec.kind === 'object-list') return [own, ...entriesOf(spec.fields, `${path}.*`, group, section, [...trail, spec.label])];
    return [own];
  });
}

/** Every field of every section as a search entry. */
export function buildSearchIndex(groups: readonly SearchGroup[]): SearchEntry[] {
  return groups.flatMap((group) => group.sections.flatMap((section) => entriesOf(section.fields, group.base, group, section, [])));
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** How well one query word matches an entry; 0 = not at all. */
function scoreWord(word: string, entry: SearchEntry): number {
  const label = entry.label.toLowerCase();
  if (label.startsWith(word)) return 10;
  if (words(entry.label).some((w) => w.startsWith(word))) return 8;
  const key = entry.key.toLowerCase();
  if (key.startsWith(word)) return 7;
  if (key.includes(word) || label.includes(word)) return 6;
  if (entry.keywords.some((k) => k.toLowerCase().includes(word))) return 5;
  if (entry.where.toLowerCase().includes(word)) return 3;
  if (entry.help.toLowerCase().includes(word)) return 1;
  return 0;
}

/** The entries matching every word of `query`, best first (ties: shorter paths, then index order). */
export function searchFields(index: readonly SearchEntry[], query: string, limit = 12): SearchEntry[] {
  const queryWords = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (queryWords.length === 0) return [];
  const scored: { entry: SearchEntry; score: number; order: number }[] = [];
  index.forEach((entry, order) => {
    let score = 0;
    for (const word of queryWords) {
      const s = scoreWord(word, entry);
      if (s === 0) return;
      score += s;
    }
    scored.push({ entry, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.entry.path.split('.').length - b.entry.path.split('.').length || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.entry);
}
