import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Issue, JsonObject } from '../core/issues';
import { parseJsonText } from '../core/json-text';
import type { DocumentState } from './document-state';
import { loadSavedText } from './saved-text';
import { loadSavedView } from './saved-view';
import { INITIAL_TEXT } from './initial-document';

/**
 * The validator (zod schema + ECS rules). It is installed once its code has loaded, after the first screen
 * is up (see main.tsx), which keeps zod and the rules out of the JavaScript the page needs before it is
 * usable; until then the document has no issues. Tests install it in src/testing/setup.ts.
 */
let validator: ((doc: unknown) => Issue[]) | null = null;

export function installValidator(validate: (doc: unknown) => Issue[]): void {
  validator = validate;
  offThread = null;
  const { doc, syntaxErrors } = useDocumentStore.getState();
  if (syntaxErrors.length === 0) useDocumentStore.setState({ issues: validate(doc) });
}

/**
 * Validation off the main thread (validation-client.ts installs a Web Worker in the browser). While it is
 * installed, a new `doc` keeps the previous `issues` until the worker answers, a few milliseconds later; the answer
 * is dropped when `doc` has changed since (only the latest document's issues are ever shown).
 */
let offThread: ((doc: JsonObject) => Promise<Issue[]>) | null = null;
/** The document being validated off the main thread, and the newest one waiting for its turn. */
let inFlight: JsonObject | null = null;
let queued: JsonObject | null = null;

export function installValidationWorker(validate: (doc: JsonObject) => Promise<Issue[]>): void {
  offThread = validate;
  const { doc, syntaxErrors } = useDocumentStore.getState();
  if (syntaxErrors.length === 0) validateOffThread(doc);
}

/** Sends `doc` to the worker; while one is in flight, only the newest document waits (typing bursts coalesce). */
function validateOffThread(doc: JsonObject): void {
  const validate = offThread;
  if (!validate) return;
  if (inFlight) {
    queued = doc;
    return;
  }
  inFlight = doc;
  const next = () => {
    inFlight = null;
    const waiting = queued;
    queued = null;
    if (waiting && waiting === useDocumentStore.getState().doc) validateOffThread(waiting);
  };
  validate(doc).then(
    (issues) => {
      if (useDocumentStore.getState().doc === doc) useDocumentStore.setState({ issues });
      next();
    },
    () => next(), // the worker failed: validation-client.ts installs the main-thread validator, which revalidates
  );
}

/** Longest text the store parses (characters); the import refuses the same. */
export const MAX_TEXT_LENGTH = 2 * 1024 * 1024;

/** Parses `text` into the parts of the state that follow from it. Keeps the old `doc` when it does not parse. */
export function deriveFromText(text: string, previous: Pick<DocumentState, 'doc' | 'lastValidText' | 'issues'>) {
  if (text.length > MAX_TEXT_LENGTH) {
    // Far past the 64 KiB ECS accepts: parsing and validating it would only freeze the page.
    const megabytes = (text.length / (1024 * 1024)).toFixed(1);
    const message = `The JSON is ${megabytes} MB; a task definition can be at most 64 KiB, so this is probably not one. Undo the paste or discard the broken edits.`;
    const tooBig = {
      path: [],
      message,
      severity: 'error' as const,
      ruleId: 'json-too-large',
      source: 'syntax' as const,
      offset: 0,
      length: 1,
    };
    return { syntaxErrors: [tooBig], doc: previous.doc, lastValidText: previous.lastValidText, issues: previous.issues };
  }
  const { value, errors } = parseJsonText(text);
  if (errors.length > 0) {
    return { syntaxErrors: errors, doc: previous.doc, lastValidText: previous.lastValidText, issues: previous.issues };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return {
      syntaxErrors: [
        {
          path: [],
          message: `The JSON is ${kind}; a task definition is an object in braces { … }.`,
          severity: 'error' as const,
          ruleId: 'json-not-object',
          source: 'syntax' as const,
          offset: 0,
          length: Math.max(1, text.length),
        },
      ],
      doc: previous.doc,
      lastValidText: previous.lastValidText,
      issues: previous.issues,
    };
  }
  const doc = value as JsonObject;
  if (offThread) {
    // Asynchronous: the caller stores `doc` first, and the worker's answer is applied only if `doc` is still current.
    queueMicrotask(() => {
      if (useDocumentStore.getState().doc === doc) validateOffThread(doc);
    });
    return { syntaxErrors: [], doc, lastValidText: text, issues: previous.issues };
  }
  return { syntaxErrors: [], doc, lastValidText: text, issues: validator ? validator(doc) : [] };
}

/**
 * The state for `text`. `lastValidText` (saved beside a broken text by the autosave) gives the forms and
 * "Discard broken edits" something to show and return to when `text` does not parse.
 */
export function createInitialState(text: string = INITIAL_TEXT, lastValidText?: string): DocumentState {
  const empty = { doc: {}, lastValidText: '{}\n', issues: [] };
  const fallback = lastValidText === undefined ? undefined : deriveFromText(lastValidText, empty);
  const derived = deriveFromText(text, fallback && fallback.syntaxErrors.length === 0 ? fallback : empty);
  return {
    text,
    ...derived,
    parsePending: false,
    lastChange: { origin: 'init', revision: 0 },
    selectedContainer: 0,
    focusRequest: null,
  };
}

function createSavedState(): DocumentState {
  const saved = loadSavedText();
  return saved ? createInitialState(saved.text, saved.lastValidText) : createInitialState();
}

/**
 * The one store of the app: the document and everything derived from it.
 * Components read it with selectors; they change it only through `actions.ts`.
 */
export const useDocumentStore = create<DocumentState>()(
  subscribeWithSelector(() => ({ ...createSavedState(), selectedContainer: loadSavedView().selectedContainer ?? 0 })),
);

/** Puts the store back to a fresh document (tests, "New"). */
export function resetDocumentStore(text: string = INITIAL_TEXT, lastValidText?: string): void {
  useDocumentStore.setState(createInitialState(text, lastValidText), true);
}
