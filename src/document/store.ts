import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { JsonObject } from '../core/issues';
import { parseJsonText } from '../core/json-text';
import { validateDocument } from '../core/validate';
import type { DocumentState } from './document-state';
import { loadSavedText } from './saved-text';
import { loadSavedView } from './saved-view';
import { INITIAL_TEXT } from './initial-document';

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
  return { syntaxErrors: [], doc, lastValidText: text, issues: validateDocument(doc) };
}

export function createInitialState(text: string = INITIAL_TEXT): DocumentState {
  const derived = deriveFromText(text, { doc: {}, lastValidText: '{}\n', issues: [] });
  return {
    text,
    ...derived,
    parsePending: false,
    lastChange: { origin: 'init', revision: 0 },
    selectedContainer: 0,
    focusRequest: null,
  };
}

/**
 * The one store of the app: the document and everything derived from it.
 * Components read it with selectors; they change it only through `actions.ts`.
 */
export const useDocumentStore = create<DocumentState>()(
  subscribeWithSelector(() => ({ ...createInitialState(loadSavedText()), selectedContainer: loadSavedView().selectedContainer ?? 0 })),
);

/** Puts the store back to a fresh document (tests, "New"). */
export function resetDocumentStore(text: string = INITIAL_TEXT): void {
  useDocumentStore.setState(createInitialState(text), true);
}
