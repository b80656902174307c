import type { SearchEntry } from '../../core/field-specs/search';
import { volumeKinds } from '../../core/field-specs/volume';
import type { JsonObject } from '../../core/issues';
import { fromFieldName, type Path } from '../../core/paths';
import { asObject, selectContainers, selectVolumes } from '../../document/selectors';

/**
 * The concrete path a search result jumps to: the selected container for `containerDefinitions.*`, the first
 * volume of the field's kind for `volumes.*` (else the first volume), and row 0 for any other `*` (the
 * reveal falls back to the list when the row does not exist). `null` when there is no such container or volume.
 */
export function resolveEntryPath(entry: SearchEntry, doc: JsonObject, selectedContainer: number): Path | null {
  const pattern = fromFieldName(entry.path);
  if (pattern[0] === 'containerDefinitions') {
    const count = selectContainers(doc).length;
    if (count === 0) return null;
    pattern[1] = Math.min(selectedContainer, count - 1);
  } else if (pattern[0] === 'volumes') {
    const volumes = selectVolumes(doc);
    if (volumes.length === 0) return null;
    const kind = volumeKinds.find((k) => k.key === pattern[2]);
    const index = kind ? volumes.findIndex((volume) => asObject(volume)[kind.key] !== undefined) : 0;
    if (index < 0) return ['volumes', 0];
    pattern[1] = index;
  }
  return pattern.map((segment) => (segment === '*' ? 0 : segment));
}
