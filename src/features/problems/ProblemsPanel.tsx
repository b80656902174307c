import { useState } from 'react';
import type { Severity } from '../../core/issues';
import { useDocumentStore } from '../../document/store';
import { LimitsMeter } from './LimitsMeter';
import { ProblemRow } from './ProblemRow';

const ORDER: Severity[] = ['error', 'warning', 'info'];
const LABELS: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'info'] };

/** Every problem of the document with counts by severity, a filter, one-click fixes, and the limits meter. */
export function ProblemsPanel() {
  const issues = useDocumentStore((s) => (s.syntaxErrors.length ? s.syntaxErrors : s.issues));
  const [filter, setFilter] = useState<Severity | 'all'>('all');
  const counts = Object.fromEntries(ORDER.map((severity) => [severity, issues.filter((i) => i.severity === severity).length])) as Record<
    Severity,
    number
  >;
  // Errors first, then warnings, then advice; the rules' own order within each (sort is stable).
  const shown = (filter === 'all' ? issues : issues.filter((issue) => issue.severity === filter))
    .slice()
    .sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));

  return (
    <section className="problems" aria-labelledby="problems-title">
      <div className="problems-header">
        <h2 id="problems-title">Problems</h2>
        <div role="group" aria-label="Show" className="problems-filters">
          <button type="button" className="chip" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
            All {issues.length}
          </button>
          {ORDER.map((severity) => (
            <button
              key={severity}
              type="button"
              className={`chip chip-${severity}`}
              aria-pressed={filter === severity}
              onClick={() => setFilter(severity)}
            >
              {counts[severity]} {LABELS[severity][counts[severity] === 1 ? 0 : 1]}
            </button>
          ))}
        </div>
        <LimitsMeter />
      </div>
      {shown.length === 0 ? (
        <p className="problems-empty">{issues.length === 0 ? 'No problems found.' : 'None of this kind.'}</p>
      ) : (
        <ul className="problems-list" aria-label="Problems list">
          {shown.map((issue, i) => (
            <ProblemRow key={`${issue.ruleId}:${issue.path.join('.')}:${i}`} issue={issue} />
          ))}
        </ul>
      )}
    </section>
  );
}
