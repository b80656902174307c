import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearHistory, redo, startHistory, undo } from './history';
import { importText, useImportStore } from './import-actions';
import { resetDocumentStore, useDocumentStore } from './store';

let stopHistory: () => void = () => {};
beforeEach(() => {
  resetDocumentStore('{"family": "before", "containerDefinitions": []}');
  clearHistory();
  useImportStore.setState({ result: null, failure: null });
  stopHistory = startHistory();
});
afterEach(() => stopHistory());

const describeOutput = JSON.stringify({
  taskDefinition: { family: 'imported', revision: 2, containerDefinitions: [{ name: 'a', image: 'a:1' }] },
});

describe('the import report', () => {
  it('stays while the imported document is edited, and goes away when the import is undone', async () => {
    expect(await importText(describeOutput, 'web.json')).toBe(true);
    expect(useImportStore.getState().result?.source).toBe('web.json');
    useDocumentStore.setState({}); // no-op: the report stays
    undo();
    expect(useDocumentStore.getState().text).toContain('"before"');
    expect(useImportStore.getState().result).toBeNull();
    redo();
    expect(useDocumentStore.getState().text).toContain('"imported"');
  });
});
