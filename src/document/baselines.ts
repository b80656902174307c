/**
 * Versions of the document the user may compare with: the one it was imported from and the last download.
 * Kept for the session (in memory): they describe what this tab did.
 */
import { create } from 'zustand';
import type { JsonObject } from '../core/issues';

export interface Baseline {
  doc: JsonObject;
  /** What it is, for the picker: "imported from web.json", "downloaded as web.json". */
  label: string;
}

interface BaselinesState {
  imported: Baseline | null;
  downloaded: Baseline | null;
}

export const useBaselines = create<BaselinesState>()(() => ({ imported: null, downloaded: null }));

export function recordImport(doc: JsonObject, source: string): void {
  useBaselines.setState({ imported: { doc, label: `imported from ${source}` } });
}

export function recordDownload(doc: JsonObject, fileName: string): void {
  useBaselines.setState({ downloaded: { doc, label: `downloaded as ${fileName}` } });
}
