import type { DocumentState } from '../../document/document-state';
import { selectContainers } from '../../document/selectors';

/** The container whose panel is shown: the selected one, clamped to the list (0 when there is none). */
export function selectShownContainer(s: DocumentState): number {
  return Math.min(s.selectedContainer, Math.max(0, selectContainers(s.doc).length - 1));
}
