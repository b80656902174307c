/** The task definition's own JSON, in every shape the editor imports, and register-ready JSON out. */
import { exportFileName, restoreTaskDefinition, serializeForRegister } from '../../import-export';
import type { ImportReport } from '../../import-export';
import { toFieldName } from '../../paths';
import type { ConvertReportEntry, Exporter, Importer } from '../types';

/** The import report as convert report entries, each at its path in the result document. */
export function importReportEntries(report: ImportReport): ConvertReportEntry[] {
  const entries: ConvertReportEntry[] = [];
  const at = (severity: ConvertReportEntry['severity'], list: readonly { path: (string | number)[]; message: string }[]) => {
    for (const entry of list) entries.push({ severity, source: toFieldName(entry.path), message: entry.message });
  };
  at('info', report.removed);
  at('info', report.moved);
  at('info', report.wrapped);
  at('warning', report.unknownKeys);
  at('warning', report.placeholders);
  at('warning', report.duplicateKeys);
  at('warning', report.numbersAsStrings);
  for (const note of report.notes) entries.push({ severity: 'info', source: '', message: note.message });
  return entries;
}

export const jsonImporter: Importer = {
  format: 'json',
  label: 'ECS task definition (JSON or YAML)',
  // The fallback: it accepts every shape the editor imports, so it is asked last.
  detect: () => true,
  read(text) {
    const result = restoreTaskDefinition(text);
    if (!result.ok) {
      const where = result.line !== undefined ? `line ${result.line}` : '';
      return {
        ok: false,
        format: 'json',
        message: result.message,
        report: [{ severity: 'error', source: where, message: result.message }],
      };
    }
    return { ok: true, format: 'json', doc: result.doc, report: importReportEntries(result.report) };
  },
};

export const jsonExporter: Exporter = {
  format: 'json',
  label: 'Register-ready JSON',
  fileName: exportFileName,
  write: (doc) => ({ text: serializeForRegister(doc), report: [] }),
};
