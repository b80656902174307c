import type { Issue } from '../../core/issues';
import { toFieldName, type Path } from '../../core/paths';
import { requestFocus } from '../../document/actions';
import { applyQuickFix, quickFixFor } from '../../document/quick-fix-actions';

/**
 * The field a document-level issue is about, when its message names one: "Fargate requires networkMode"
 * is reported on the document (nothing is there to mark) but is fixed at the network mode choice.
 */
function fieldOf(issue: Issue): Path {
  if (issue.path.length > 0) return issue.path;
  if (issue.ruleId === 'network-mode-compatibility') return ['networkMode'];
  if (issue.ruleId === 'fargate-cpu-memory') return [/"memory"/.test(issue.message) ? 'memory' : 'cpu'];
  return issue.path;
}

/** Focuses the issue's form field (when the forms have one) and reveals its line in the JSON view. */
function openIssue(issue: Issue): void {
  if (issue.source === 'syntax') return requestFocus('code', { offset: issue.offset ?? 0 });
  const path = fieldOf(issue);
  const name = toFieldName(path);
  const hasControl = document.querySelector(`[data-path="${CSS.escape(name)}"]`) !== null || path[0] === 'containerDefinitions';
  requestFocus(hasControl ? 'form' : 'code', { path });
}

/** One problem: severity, message, where, and its one-click fix when there is one. */
export function ProblemRow({ issue }: { issue: Issue }) {
  const fix = quickFixFor(issue);
  return (
    <li className={`problem problem-${issue.severity}`}>
      <button type="button" className="problem-open" onClick={() => openIssue(issue)}>
        <span className="problem-severity">{issue.severity}</span>
        <span className="problem-message">{issue.message}</span>
        <span className="problem-where">
          {issue.path.length ? toFieldName(issue.path) : '(document)'} · {issue.ruleId}
        </span>
      </button>
      {fix ? (
        <button type="button" className="button button-small" onClick={() => applyQuickFix(issue)}>
          {fix.label}
        </button>
      ) : null}
    </li>
  );
}
