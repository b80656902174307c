import { useShallow } from 'zustand/react/shallow';
import { fieldApplicability, noteOnValue, type Applicability } from '../core/applicability';
import { getAtPath, toFieldName, type Path } from '../core/paths';
import { useDocumentStore } from './store';

/**
 * Whether the launch types, network mode or OS forbid or ignore the field at `path` (see core/applicability),
 * re-rendering only when the answer changes, not on every keystroke elsewhere.
 */
export function useApplicability(path: Path): Applicability | null {
  const key = toFieldName(path);
  return useDocumentStore(useShallow((s) => fieldApplicability(s.doc, path, key)));
}

/** What a form control needs to show about its applicability. */
export interface FieldApplicabilityState {
  /** The note to show, or `null`. */
  note: Applicability | null;
  /** Forbidden and empty: nothing to clear, so the control is disabled. */
  disabled: boolean;
  /** The value set now is one the note forbids (or the whole field is forbidden and set). */
  violated: boolean;
}

const NONE: FieldApplicabilityState = { note: null, disabled: false, violated: false };

/**
 * {@link useApplicability} plus what it means for the control: a forbidden empty control is disabled; a
 * forbidden control with a value stays editable so the user can clear it.
 */
export function useFieldApplicability(path: Path): FieldApplicabilityState {
  return useDocumentStore(
    useShallow((s) => {
      const note = fieldApplicability(s.doc, path);
      if (!note) return NONE;
      return { note, ...noteOnValue(note, getAtPath(s.doc, path)) };
    }),
  );
}
