import { useShallow } from 'zustand/react/shallow';
import type { Issue } from '../core/issues';
import type { Path } from '../core/paths';
import { selectIssuesAt } from './selectors';
import { useDocumentStore } from './store';

/** The schema and rule issues at exactly `path`, re-rendering only when they change. */
export function useIssuesAt(path: Path): Issue[] {
  return useDocumentStore(useShallow((s) => selectIssuesAt(s.issues, path)));
}
