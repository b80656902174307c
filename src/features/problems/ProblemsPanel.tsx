import { useState } from 'react';
import type { Issue, Severity } from '../../core/issues';
import { toFieldName } from '../../core/paths';
import { requestFocus } from '../../document/actions';
import { useDocumentStore } from '../../document/store';

const ORDER: Severity[] = ['error', 'warning', 'info'];
const LABELS: Record<Severity, string> = { error: 'errors', warning: 'warnings', info: 'info' };

/** Where a problem is, in the words of its JSON path. */
function locationOf(issue: Issue): string {
  return issue.path.length ? toFieldName(issue.path) : '(document)';
}

/**
 * Every problem of the document, with counts by severity. Activating one focuses its form field (when the
 * forms have one) and reveals its line in the JSON view.
 */
export function ProblemsPanel() {
  const issues = useDocumentStore((s) => (s.syntaxErrors.length ? s.syntaxErrors : s.issues));
  const [filter, setFilter] = useState<Severity | 'all'>('all');
  const counts = Object.fromEntries(ORDER.map((severity) => [severity, issues.filter((i) => i.severity === severity).length])) as Record<
    Severity,
    number
  >;
  const shown = filter === 'all' ? issues : issues.filter((issue) => issue.severity === filter);

  const open = (issue: Issue) => {
    if (issue.source === 'syntax') return requestFocus('code', { offset: issue.offset ?? 0 });
    const hasControl =
      document.querySelector(`[data-path="${CSS.escape(toFieldName(issue.path))}"]`) !== null || issue.path[0] === 'containerDefinitions';
    requestFocus(hasControl ? 'form' : 'code', { path: issue.path });
  };

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
              {counts[severity]} {LABELS[severity]}
            </button>
          ))}
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="problems-empty">{issues.length === 0 ? 'No problems found.' : 'None of this kind.'}</p>
      ) : (
        <ul className="problems-list" aria-label="Problems list">
          {shown.map((issue, i) => (
            <li key={i}>
              <button type="button" className={`problem problem-${issue.severity}`} onClick={() => open(issue)}>
                <span className="problem-severity">{issue.severity}</span>
                <span className="problem-message">{issue.message}</span>
                <span className="problem-where">
                  {locationOf(issue)} · {issue.ruleId}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
