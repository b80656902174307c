import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { fieldApplicability, noteOnValue, type Applicability } from '../core/applicability';
import type { Issue } from '../core/issues';
import { getAtPath, toFieldName, type Path } from '../core/paths';
import type { DocumentState } from './document-state';
import { selectIssuesAt } from './selectors';
import { useDocumentStore } from './store';

/** Everything a form control shows about its path besides its value. */
export interface FieldState {
  /** Schema and rule issues at exactly this path. */
  issues: Issue[];
  /** Why the launch type, network mode or OS forbids or ignores the field, or `null`. */
  note: Applicability | null;
  /** Forbidden and empty: nothing to clear, so the control is disabled. */
  disabled: boolean;
  /** The value set now is one the note forbids (or the whole field is forbidden and set). */
  violated: boolean;
}

/** {@link useFieldState}'s answer, from a store snapshot (for a parent that subscribes once for many fields). */
export function fieldState(s: DocumentState, path: Path, key: string): FieldState {
  const issues = selectIssuesAt(s.issues, path);
  const note = fieldApplicability(s.doc, path, key);
  if (!note) return { issues, note, disabled: false, violated: false };
  return { issues, note, ...noteOnValue(note, getAtPath(s.doc, path)) };
}

/**
 * Issues and applicability of the control at `path` in one store subscription (a form shows many
 * controls), re-rendering only when one of them changes.
 */
export function useFieldState(path: Path): FieldState {
  const key = toFieldName(path);
  // The path's identity changes on every render; its dotted key does not.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the path
  const stablePath = useMemo(() => path, [key]);
  return useDocumentStore(useShallow((s) => fieldState(s, stablePath, key)));
}
