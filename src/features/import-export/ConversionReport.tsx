import type { ConvertReportEntry } from '../../core/convert';

const GROUPS = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Left out or changed: check these' },
  { severity: 'info', title: 'Notes' },
] as const;

/** The conversion report, grouped by severity, each entry with its place in the input. Errors and warnings start open. */
export function ConversionReport({ entries }: { entries: readonly ConvertReportEntry[] }) {
  if (entries.length === 0) return <p className="field-help">Everything converted; nothing to report.</p>;
  return (
    <div className="conversion-report" aria-label="Conversion report" role="region" tabIndex={0}>
      {GROUPS.map(({ severity, title }) => {
        const list = entries.filter((entry) => entry.severity === severity);
        if (list.length === 0) return null;
        return (
          <details key={severity} className={`report-group report-${severity}`} open={severity !== 'info'}>
            <summary>
              {title} ({list.length})
            </summary>
            <ul>
              {list.map((entry, i) => (
                <li key={i}>
                  <code>{entry.source || '(input)'}</code> {entry.message}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
