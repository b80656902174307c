import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCodeEdit, replaceText, setField } from './actions';
import { BURST_IDLE_MS, clearHistory, endTypingBurst, redo, startHistory, undo, useHistoryStore } from './history';
import { resetDocumentStore, useDocumentStore } from './store';
import { addContainer } from './structure-actions';

const TEXT = '{\n  "family": "web",\n  "containerDefinitions": [{ "name": "a", "image": "x:1", "memory": 128 }]\n}\n';
const text = () => useDocumentStore.getState().text;
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  resetDocumentStore(TEXT);
  clearHistory();
  stop = startHistory();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('history', () => {
  it('records one history entry for a burst of typing in the JSON view', () => {
    applyCodeEdit(TEXT.replace('web', 'we'));
    applyCodeEdit(TEXT.replace('web', 'w'));
    applyCodeEdit(TEXT.replace('web', 'wx'));
    expect(useHistoryStore.getState().past).toEqual([TEXT]);
    undo();
    expect(text()).toBe(TEXT);
  });

  it('starts a new step after a pause in typing', () => {
    applyCodeEdit(TEXT.replace('web', 'we'));
    vi.advanceTimersByTime(BURST_IDLE_MS + 1);
    applyCodeEdit(TEXT.replace('web', 'w'));
    expect(useHistoryStore.getState().past).toHaveLength(2);
  });

  it('starts a new step when the editor loses focus', () => {
    applyCodeEdit(TEXT.replace('web', 'we'));
    endTypingBurst();
    applyCodeEdit(TEXT.replace('web', 'w'));
    expect(useHistoryStore.getState().past).toHaveLength(2);
  });

  it('groups keystrokes in one form field and separates fields', () => {
    setField(['family'], 'w');
    setField(['family'], 'wo');
    setField(['containerDefinitions', 0, 'memory'], 256);
    expect(useHistoryStore.getState().past).toHaveLength(2);
    undo();
    expect(useDocumentStore.getState().doc).toMatchObject({ family: 'wo', containerDefinitions: [{ memory: 128 }] });
    undo();
    expect(text()).toBe(TEXT);
  });

  it('makes an import one undoable step', () => {
    replaceText('{"family": "imported", "containerDefinitions": []}');
    undo();
    expect(text()).toBe(TEXT);
    redo();
    expect(useDocumentStore.getState().doc.family).toBe('imported');
  });

  it('records each structural change as its own step and clears redo on a new change', () => {
    addContainer();
    addContainer();
    undo();
    expect(useHistoryStore.getState().future).toHaveLength(1);
    setField(['family'], 'new');
    expect(useHistoryStore.getState().future).toEqual([]);
  });

  it('does not record undo and redo themselves', () => {
    setField(['family'], 'x');
    undo();
    redo();
    expect(useHistoryStore.getState().past).toEqual([TEXT]);
  });
});
