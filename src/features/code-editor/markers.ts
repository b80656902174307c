import type * as Monaco from 'monaco-editor/editor';
import type { Issue } from '../../core/issues';
import { LineIndex, parseJsonTree, rangeOfPath } from '../../core/json-text';
import { MAX_MARKERS } from './marker-limit';

const OWNER = 'ecs';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Shows the store's schema and rule issues as markers on the exact key or value range.
 * Syntax errors are left to Monaco's own JSON parser, so no problem is shown twice.
 */
export function setIssueMarkers(monaco: typeof Monaco, model: Monaco.editor.ITextModel, text: string, issues: Issue[]): void {
  const tree = parseJsonTree(text);
  // Built once: asking "does this value span lines?" by slicing the text per issue is quadratic with thousands of issues.
  const lines = new LineIndex(text);
  const severities = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
  };
  const markers: Monaco.editor.IMarkerData[] = [];
  // Past the cap, errors first (a stable sort keeps document order within a severity).
  const ordered =
    issues.length > MAX_MARKERS ? [...issues].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]) : issues;
  for (const issue of ordered) {
    if (markers.length >= MAX_MARKERS) break;
    if (issue.source === 'syntax') continue;
    const range = rangeOfPath(tree, issue.path);
    if (!range) continue;
    // A one-line value gets its value range. A missing field marks its parent's key, and a multi-line value
    // (object, array) its own key, so a marker never paints a whole block.
    const multiLine = lines.lineOf(range.offset) !== lines.lineOf(range.offset + range.length);
    const useKey = (!range.exact || multiLine) && range.keyOffset !== undefined;
    const offset = useKey ? range.keyOffset! : range.offset;
    const lineEnd = !useKey && multiLine ? text.indexOf('\n', offset) : -1;
    const length = useKey ? range.keyLength! : multiLine && lineEnd > offset ? lineEnd - offset : range.length;
    const start = model.getPositionAt(offset);
    const end = model.getPositionAt(offset + Math.max(1, length));
    markers.push({
      severity: severities[issue.severity],
      message: issue.message,
      source: issue.ruleId,
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    });
  }
  monaco.editor.setModelMarkers(model, OWNER, markers);
}

const SYNTAX_OWNER = 'ecs-syntax';

/**
 * One marker at the root cause of a syntax error: the first one. A parser reports every later token that
 * no longer fits after a stray comma; those cascade from the first and would paint half the document red
 * while the user is still typing. (Monaco's own JSON validation is turned off for the same reason.)
 */
export function setSyntaxMarker(monaco: typeof Monaco, model: Monaco.editor.ITextModel, syntaxErrors: Issue[]): void {
  const first = syntaxErrors[0];
  if (!first) {
    // Most updates come with valid JSON: leave the (already empty) markers alone rather than repaint.
    if (monaco.editor.getModelMarkers({ owner: SYNTAX_OWNER, resource: model.uri }).length > 0)
      monaco.editor.setModelMarkers(model, SYNTAX_OWNER, []);
    return;
  }
  const offset = Math.min(first.offset ?? 0, model.getValueLength());
  const start = model.getPositionAt(offset);
  const end = model.getPositionAt(offset + Math.max(1, first.length ?? 1));
  monaco.editor.setModelMarkers(model, SYNTAX_OWNER, [
    {
      severity: monaco.MarkerSeverity.Error,
      message: first.message,
      source: first.ruleId,
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    },
  ]);
}
