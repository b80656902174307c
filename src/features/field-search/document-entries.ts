import type { SearchEntry } from '../../core/field-specs/search';
import type { JsonObject } from '../../core/issues';
import { toFieldName, type Path } from '../../core/paths';
import { asArray, asObject, containerLabel, selectContainers } from '../../document/selectors';

/** A search result that is a place in this document (a container, a variable) rather than a kind of field. */
export interface DocumentSearchEntry extends SearchEntry {
  /** The exact path to reveal (no `*`: it is already concrete). */
  target: Path;
}

function entry(label: string, key: string, where: string, target: Path): DocumentSearchEntry {
  return { label, key, help: '', keywords: [], path: toFieldName(target), scope: 'container', where, sectionId: 'document', target };
}

/** The named things of `doc` to search beside the fields: each container, and each environment and secret variable. */
export function documentSearchEntries(doc: JsonObject): DocumentSearchEntry[] {
  const out: DocumentSearchEntry[] = [];
  selectContainers(doc).forEach((value, c) => {
    const container = asObject(value);
    const label = containerLabel(value, c);
    out.push(entry(label, 'container', 'Container', ['containerDefinitions', c, 'name']));
    for (const [list, title] of [
      ['environment', 'Environment'],
      ['secrets', 'Secrets'],
    ] as const) {
      asArray(container[list]).forEach((variable, v) => {
        const name = asObject(variable).name;
        if (typeof name === 'string' && name !== '') {
          out.push(
            entry(name, list === 'secrets' ? 'secret' : 'variable', `Container ${label} › ${title}`, [
              'containerDefinitions',
              c,
              list,
              v,
              'name',
            ]),
          );
        }
      });
    }
  });
  return out;
}

export function isDocumentEntry(entry: SearchEntry): entry is DocumentSearchEntry {
  return 'target' in entry;
}
