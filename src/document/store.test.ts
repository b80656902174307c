import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deepEqual } from '../core/deep-equal';
import { applyCodeEdit, discardBrokenEdits, flushPendingParse, setField, CODE_PARSE_DEBOUNCE_MS } from './actions';
import { resetDocumentStore, useDocumentStore } from './store';
import { addContainer, duplicateContainer, moveContainer, removeContainer, removeVolume, renameVolume } from './structure-actions';
import { selectMountsOfVolume } from './selectors';

const state = () => useDocumentStore.getState();

/** The invariant of document-state.ts. */
function expectInvariant() {
  const s = state();
  if (!s.parsePending && s.syntaxErrors.length === 0) expect(deepEqual(s.doc, JSON.parse(s.text))).toBe(true);
}

const TEXT = `{
  "family": "web",
  "containerDefinitions": [
    { "name": "app", "image": "nginx:1.27", "memory": 256,
      "mountPoints": [ { "sourceVolume": "data", "containerPath": "/data" } ] }
  ],
  "volumes": [ { "name": "data", "host": {} }, { "name": "logs", "host": {} } ],
  "xCustom": true
}
`;

beforeEach(() => {
  vi.useFakeTimers();
  resetDocumentStore(TEXT);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('document store', () => {
  it('parses typed JSON after the debounce and keeps the invariant', () => {
    applyCodeEdit(TEXT.replace('"web"', '"api"'));
    expect(state().parsePending).toBe(true);
    expect(state().doc.family).toBe('web');
    vi.advanceTimersByTime(CODE_PARSE_DEBOUNCE_MS);
    expect(state().doc.family).toBe('api');
    expectInvariant();
  });

  it('keeps the last valid document when the text stops parsing', () => {
    applyCodeEdit(TEXT.replace('"web",', '"web" oops,'));
    flushPendingParse();
    expect(state().syntaxErrors[0]?.message).toMatch(/^JSON syntax error at line 2, column \d+/);
    expect(state().doc.family).toBe('web');
    expect(state().text).toContain('oops');
    expect(state().lastValidText).toBe(TEXT);
  });

  it('starts from a saved broken text with the saved last valid document beside it', () => {
    resetDocumentStore('{ "family": "web" oops', TEXT);
    expect(state().text).toBe('{ "family": "web" oops');
    expect(state().syntaxErrors.length).toBeGreaterThan(0);
    expect(state().doc.family).toBe('web');
    discardBrokenEdits();
    expect(state().text).toBe(TEXT);
    expectInvariant();
  });

  it('refuses form edits while the JSON is broken and restores the last valid text on discard', () => {
    applyCodeEdit('{ broken');
    flushPendingParse();
    expect(setField(['family'], 'x')).toBe(false);
    expect(state().text).toBe('{ broken');
    discardBrokenEdits();
    expect(state().text).toBe(TEXT);
    expect(state().syntaxErrors).toEqual([]);
  });

  it('writes a form edit as a minimal edit that keeps formatting and unknown keys', () => {
    setField(['containerDefinitions', 0, 'memory'], 512, 'container-0');
    expect(state().text).toBe(TEXT.replace('256', '512'));
    expect(state().lastChange).toMatchObject({ origin: 'form', formId: 'container-0' });
    expect(state().lastChange.edits).toHaveLength(1);
    expectInvariant();
  });

  it('flushes pending typing before a form edit so neither is lost', () => {
    applyCodeEdit(TEXT.replace('"web"', '"typed"'));
    setField(['containerDefinitions', 0, 'memory'], 300);
    expect(state().doc.family).toBe('typed');
    expect(state().doc).toMatchObject({ containerDefinitions: [{ memory: 300 }] });
    expectInvariant();
  });

  it('does not mark a form edit as coming from the code view, so the code view applies it', () => {
    setField(['family'], 'shop');
    expect(state().lastChange.origin).toBe('form');
  });

  it('adds, duplicates, moves and removes containers as structural changes', () => {
    addContainer();
    expect(state().lastChange.origin).toBe('structure');
    duplicateContainer(0);
    const names = () => (state().doc.containerDefinitions as { name: string }[]).map((c) => c.name);
    expect(names()).toEqual(['app', 'app-copy', 'container']);
    moveContainer(2, -1);
    expect(names()).toEqual(['app', 'container', 'app-copy']);
    expect(state().selectedContainer).toBe(1);
    removeContainer(0);
    expect(names()).toEqual(['container', 'app-copy']);
    expectInvariant();
  });

  it('renames the mount points that used a volume along with it', () => {
    const mounts = selectMountsOfVolume(state().doc, 'data');
    renameVolume(0, 'd', mounts);
    renameVolume(0, 'db', mounts);
    expect(selectMountsOfVolume(state().doc, 'db')).toEqual(mounts);
    expectInvariant();
  });

  it('does not capture another volume’s mount points when a rename passes through its name', () => {
    const mounts = selectMountsOfVolume(state().doc, 'data');
    renameVolume(1, 'data', []); // "logs" typed through "data" on the way to "data2"
    renameVolume(1, 'data2', []);
    expect(selectMountsOfVolume(state().doc, 'data')).toEqual(mounts);
  });

  it('removes a volume together with the mount points that use it', () => {
    removeVolume(0);
    expect(state().doc.volumes).toEqual([{ name: 'logs', host: {} }]);
    expect(state().doc).toMatchObject({ containerDefinitions: [{ mountPoints: [] }] });
    expectInvariant();
  });

  it('reports a top-level value that is not an object as a problem instead of a document', () => {
    applyCodeEdit('[1, 2]');
    flushPendingParse();
    expect(state().syntaxErrors[0]?.message).toMatch(/is an array; a task definition is an object/);
    expect(state().doc.family).toBe('web');
  });
});
