/**
 * One undo history for the whole document, kept as text snapshots (the model is derived from the text),
 * so form edits, typing in the JSON view and imports undo and redo alike, wherever the keys are pressed.
 */
import { create } from 'zustand';
import type { ChangeOrigin } from './document-state';
import { replaceText } from './actions';
import { useDocumentStore } from './store';

/**
 * When a change becomes its own undo step (Excalidraw's capture policy, as data).
 * - `IMMEDIATELY`: structural changes and imports: each one is a step.
 * - `EVENTUALLY`: typing (in the JSON view, or in one form field): a burst of keystrokes is one step; the
 *   burst ends after {@link BURST_IDLE_MS} without typing, on blur, or when the user types somewhere else.
 * - `NEVER`: the initial load and undo/redo themselves.
 */
export const CAPTURE_POLICY: Record<ChangeOrigin, 'IMMEDIATELY' | 'EVENTUALLY' | 'NEVER'> = {
  init: 'NEVER',
  code: 'EVENTUALLY',
  form: 'EVENTUALLY',
  structure: 'IMMEDIATELY',
  import: 'IMMEDIATELY',
  history: 'NEVER',
};

export const BURST_IDLE_MS = 500;
/** Oldest steps are dropped past this many (each is a full text: 200 × 64 KiB ≈ 13 MB at worst). */
export const MAX_HISTORY = 200;

interface HistoryState {
  /** Texts before each undoable step, oldest first. */
  past: string[];
  /** Texts undone, most recently undone last. */
  future: string[];
}

export const useHistoryStore = create<HistoryState>()(() => ({ past: [], future: [] }));

/** The burst being typed: where, and when its last keystroke was. */
let burst: { key: string; at: number } | null = null;

/** Ends the current typing burst, so the next keystroke starts a new undo step (editor blur, field blur). */
export function endTypingBurst(): void {
  burst = null;
}

function record(previousText: string): void {
  const { lastChange } = useDocumentStore.getState();
  const policy = CAPTURE_POLICY[lastChange.origin];
  if (policy === 'NEVER') return;
  const now = Date.now();
  if (policy === 'EVENTUALLY') {
    // Typing in one form field, or anywhere in the JSON view, continues a burst.
    const key = lastChange.origin === 'form' ? `form:${JSON.stringify(lastChange.path ?? [])}` : lastChange.origin;
    const continuing = burst !== null && burst.key === key && now - burst.at < BURST_IDLE_MS;
    burst = { key, at: now };
    if (continuing) return;
  } else {
    burst = null;
  }
  const past = [...useHistoryStore.getState().past, previousText].slice(-MAX_HISTORY);
  useHistoryStore.setState({ past, future: [] });
}

/** Starts recording every change of the document's text. Returns the stop function. */
export function startHistory(): () => void {
  return useDocumentStore.subscribe(
    (s) => s.text,
    (_text, previousText) => record(previousText),
  );
}

export function undo(): void {
  const { past, future } = useHistoryStore.getState();
  const previous = past.at(-1);
  if (previous === undefined) return;
  burst = null;
  const current = useDocumentStore.getState().text;
  useHistoryStore.setState({ past: past.slice(0, -1), future: [...future, current] });
  replaceText(previous, 'history');
}

export function redo(): void {
  const { past, future } = useHistoryStore.getState();
  const next = future.at(-1);
  if (next === undefined) return;
  burst = null;
  const current = useDocumentStore.getState().text;
  useHistoryStore.setState({ past: [...past, current], future: future.slice(0, -1) });
  replaceText(next, 'history');
}

/** Forgets all steps (tests, and a fresh start). */
export function clearHistory(): void {
  burst = null;
  useHistoryStore.setState({ past: [], future: [] });
}
