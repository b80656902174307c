import { useMemo, useState } from 'react';
import type { Severity } from '../../core/issues';
import { useDocumentStore } from '../../document/store';
import { MAX_MARKERS } from '../code-editor/marker-limit';
import { LimitsMeter } from './LimitsMeter';
import { ProblemRow } from './ProblemRow';

const ORDER: Severity[] = ['error', 'warning', 'info'];
/** Rows rendered at most: thousands of rows (a generated or hostile document) would freeze the page for seconds. */
const MAX_ROWS = 200;
const LABELS: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'info'] };

interface ProblemsPanelProps {
  /** Only the header line (title, counts, limits) shows; the list is hidden. */
  collapsed?: boolean;
  onCollapsedChange?: (collapsed: boolean) => void;
}

/** Every problem of the document with counts by severity, a filter, one-click fixes, and the limits meter. */
export function ProblemsPanel({ collapsed = false, onCollapsedChange }: ProblemsPanelProps) {
  const syntaxErrors = useDocumentStore((s) => s.syntaxErrors);
  const documentIssues = useDocumentStore((s) => s.issues);
  // Only the first syntax error is the root cause: the parser's later ones cascade from it and would flood the list.
  const issues = useMemo(() => (syntaxErrors.length ? syntaxErrors.slice(0, 1) : documentIssues), [syntaxErrors, documentIssues]);
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
    <section className={collapsed ? 'problems problems-collapsed' : 'problems'} aria-labelledby="problems-title">
      <div className="problems-header">
        {onCollapsedChange ? (
          <button
            type="button"
            className="button-icon problems-toggle"
            aria-expanded={!collapsed}
            aria-controls="problems-body"
            aria-label={collapsed ? 'Show the Problems list' : 'Hide the Problems list'}
            title={collapsed ? 'Show the Problems list' : 'Hide the Problems list'}
            onClick={() => onCollapsedChange(!collapsed)}
          >
            {collapsed ? '▸' : '▾'}
          </button>
        ) : null}
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
      <div id="problems-body" className="problems-body" hidden={collapsed}>
        {shown.length === 0 ? (
          <p className="problems-empty">{issues.length === 0 ? 'No problems found.' : 'None of this kind.'}</p>
        ) : (
          <ul className="problems-list" aria-label="Problems list">
            {shown.slice(0, MAX_ROWS).map((issue, i) => (
              <ProblemRow key={`${issue.ruleId}:${issue.path.join('.')}:${i}`} issue={issue} />
            ))}
            {shown.length > MAX_ROWS && (
              <li className="problems-empty">
                … and {shown.length - MAX_ROWS} more, not listed: fix the ones above first (the JSON view marks{' '}
                {issues.length > MAX_MARKERS ? `the first ${MAX_MARKERS}, errors first` : 'them all'}).
              </li>
            )}
          </ul>
        )}
      </div>
    </section>
  );
}
