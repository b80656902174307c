import type { ReactNode } from 'react';
import { getAtPath, type Path } from '../../core/paths';
import { useDocumentStore } from '../../document/store';

/** Renders its children only while the document has a value at `path` (deprecated fields). */
export function OnlyWhenPresent({ path, children }: { path: Path; children: ReactNode }) {
  const present = useDocumentStore((s) => getAtPath(s.doc, path) !== undefined);
  return present ? children : null;
}
