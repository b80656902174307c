import { describe, expect, it } from 'vitest';
import type * as Monaco from 'monaco-editor/editor';
import type { Issue } from '../../core/issues';
import { MAX_MARKERS } from './marker-limit';
import { setIssueMarkers } from './markers';

/** Just what setIssueMarkers uses of Monaco: marker severities, setModelMarkers and positions by offset. */
function fakeMonaco() {
  const set: Monaco.editor.IMarkerData[][] = [];
  const monaco = {
    MarkerSeverity: { Error: 8, Warning: 4, Info: 2 },
    editor: { setModelMarkers: (_model: unknown, _owner: string, markers: Monaco.editor.IMarkerData[]) => set.push(markers) },
  } as unknown as typeof Monaco;
  const model = { getPositionAt: (offset: number) => ({ lineNumber: 1, column: offset + 1 }) } as unknown as Monaco.editor.ITextModel;
  return { monaco, model, set };
}

describe('issue markers in the JSON view', () => {
  it(`marks at most ${MAX_MARKERS} issues, errors first, however many the document has`, () => {
    const count = 700;
    const text = JSON.stringify({ environment: Array.from({ length: count }, () => ({ name: 1 })) });
    const issues: Issue[] = Array.from({ length: count }, (_, i) => ({
      path: ['environment', i, 'name'],
      message: `m${i}`,
      severity: i >= count - 10 ? 'error' : 'warning',
      ruleId: 'r',
      source: 'schema',
    }));
    const { monaco, model, set } = fakeMonaco();
    setIssueMarkers(monaco, model, text, issues);
    const markers = set[0]!;
    expect(markers).toHaveLength(MAX_MARKERS);
    expect(markers.slice(0, 10).map((m) => m.message)).toEqual(issues.slice(-10).map((i) => i.message));
    expect(markers.filter((m) => m.severity === 8)).toHaveLength(10);
  });

  it('marks every issue of a document with fewer', () => {
    const text = JSON.stringify({ family: 1, cpu: 2 });
    const issues: Issue[] = ['family', 'cpu'].map((key) => ({
      path: [key],
      message: key,
      severity: 'warning',
      ruleId: 'r',
      source: 'schema',
    }));
    const { monaco, model, set } = fakeMonaco();
    setIssueMarkers(monaco, model, text, issues);
    expect(set[0]!.map((m) => m.message)).toEqual(['family', 'cpu']);
  });
});
