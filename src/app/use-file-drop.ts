import { useEffect, useState } from 'react';
import { importText } from '../document/import-actions';
import { openImportWith } from '../features/import-export/pending-import';
import { readFileText } from '../features/import-export/read-file';
import { loadConverters } from '../features/import-export/use-conversion';

/** Dropping a file anywhere on the page imports it. Returns whether a file is being dragged over the page. */
export function useFileDrop(): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = async (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      const text = await readFileText(file);
      // Other formats (compose, Kubernetes …) are converted in the Import… dialog, where the report is shown first.
      if ((await loadConverters()).detectInputFormat(text) !== 'json') openImportWith(text, file.name);
      else await importText(text, file.name);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return dragging;
}
