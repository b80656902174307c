import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { JsonObject } from '../core/issues';
import { parseJsonText } from '../core/json-text';
import { validateDocument } from '../core/validate';
import type { DocumentState } from './document-state';
import { loadSavedText } from './saved-text';
import { INITIAL_TEXT } from './initial-document';

/** Parses `text` into the parts of the state that follow from it. Keeps the old `doc` when it does not parse. */
export function deriveFromText(text: string, previous: Pick<DocumentState, 'doc' | 'lastValidText' | 'issues'>) {
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
export const useDocumentStore = create<DocumentState>()(subscribeWithSelector(() => createInitialState(loadSavedText())));

/** Puts the store back to a fresh document (tests, "New"). */
export function resetDocumentStore(text: string = INITIAL_TEXT): void {
  useDocumentStore.setState(createInitialState(text), true);
}
