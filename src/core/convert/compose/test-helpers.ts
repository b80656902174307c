/** Test helpers for the converters: read input, fail loudly when refused, find containers and report entries. */
import { expect } from 'vitest';
import type { JsonObject } from '../../issues';
import { importText } from '../index';
import type { ConvertReportEntry, ImportOptions, InputFormat } from '../types';

export function convertOk(text: string, from: InputFormat | 'auto' = 'auto', options: ImportOptions = {}) {
  const result = importText(text, from, options);
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  const containers = result.doc.containerDefinitions as JsonObject[];
  return {
    doc: result.doc,
    report: result.report,
    container: (name: string) => containers.find((c) => c.name === name) as JsonObject,
    at: (source: string) => result.report.filter((entry) => entry.source === source),
  };
}

/** The entries at `source`, expecting at least one whose message matches `pattern`. */
export function expectEntry(report: readonly ConvertReportEntry[], source: string, pattern: RegExp, severity?: string) {
  const found = report.filter((e) => e.source === source && pattern.test(e.message) && (severity === undefined || e.severity === severity));
  expect(found, `no ${severity ?? ''} entry at ${source} matching ${pattern}; got ${JSON.stringify(report, null, 1)}`).not.toHaveLength(0);
}
