import { useEffect, useState } from 'react';
import type * as Diff from '../../core/diff';
import type * as ImportExport from '../../core/import-export';

type DiffCore = typeof Diff & Pick<typeof ImportExport, 'restoreTaskDefinition'>;

/** The diff and import code, loaded when the Compare view first opens (it stays out of the first screen). */
export function useDiffCore(): DiffCore | null {
  const [core, setCore] = useState<DiffCore | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([import('../../core/diff'), import('../../core/import-export')]).then(([diff, io]) => {
      if (live) setCore({ ...diff, restoreTaskDefinition: io.restoreTaskDefinition });
    });
    return () => {
      live = false;
    };
  }, []);
  return core;
}
