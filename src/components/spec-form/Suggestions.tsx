import { useShallow } from 'zustand/react/shallow';
import type { DocumentSuggestions } from '../../core/field-specs/types';
import { asObject, selectContainers, selectVolumeNames } from '../../document/selectors';
import { useDocumentStore } from '../../document/store';

const NONE: string[] = [];

/** A `<datalist>` of fixed suggestions plus, optionally, names taken from the document (containers, volumes). */
export function Suggestions({ id, values, from }: { id: string; values?: readonly string[]; from?: DocumentSuggestions }) {
  const fromDocument = useDocumentStore(
    useShallow((s) => {
      if (from === 'volumeNames') return selectVolumeNames(s.doc);
      if (from === 'containerNames')
        return selectContainers(s.doc)
          .map((container) => asObject(container).name)
          .filter((name): name is string => typeof name === 'string' && name !== '');
      return NONE;
    }),
  );
  const all = [...new Set([...fromDocument, ...(values ?? [])])];
  return (
    <datalist id={id}>
      {all.map((value) => (
        <option key={value} value={value} />
      ))}
    </datalist>
  );
}
