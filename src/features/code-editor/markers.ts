import type * as Monaco from 'monaco-editor/editor';
import type { Issue } from '../../core/issues';
import { LineIndex, parseJsonTree, rangeOfPath } from '../../core/json-text';

const OWNER = 'ecs';

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
  for (const issue of issues) {
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
