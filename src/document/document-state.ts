import type { Issue, JsonObject } from '../core/issues';
import type { TextEdit } from '../core/json-text';

/**
 * Who made the last change. Each view reads it to ignore its own echo:
 * the code editor ignores `code`, the forms ignore `form`.
 */
export type ChangeOrigin =
  /** The document as loaded at start. */
  | 'init'
  /** Typing in the JSON view. */
  | 'code'
  /** A committed form field (one value). Forms do not pull this back. */
  | 'form'
  /** Add, duplicate, remove or move a container, volume or row. Forms do pull this. */
  | 'structure'
  /** A whole new document: import, template, "discard broken edits". */
  | 'import'
  /** Undo or redo: a whole earlier text. Not captured in the history itself. */
  | 'history';

export interface LastChange {
  origin: ChangeOrigin;
  /** Increases by one on every change to `text`. */
  revision: number;
  /**
   * For `form` and `structure`: the edits that turned the previous text into `text`, to apply in order
   * (each one's offsets are relative to the text after the ones before it). The code view applies only
   * these, so the user's caret, selection and scroll stay where they were. Absent: replace the whole text.
   */
  edits?: TextEdit[];
  /** For `form`: which form panel committed it. That panel does not pull it back; other panels do. */
  formId?: string;
  /** For `form`: the path of the field that changed (a burst of typing in one field is one undo step). */
  path?: (string | number)[];
}

/**
 * The document being edited: the exact text of the JSON view and the model parsed from it.
 * Written only through the actions in `actions.ts`.
 *
 * Invariant (tested in store.test.ts):
 *   `!parsePending && syntaxErrors.length === 0` ⇒ `deepEqual(doc, JSON.parse(text))`.
 * While `parsePending` is set (the debounce window after a keystroke in the JSON view) `doc` may lag behind `text`.
 */
export interface DocumentState {
  /** Exactly what the JSON view shows, byte for byte. Never reformatted behind the user's back. */
  text: string;
  /** The last parse of `text` that succeeded and gave an object. Forms render this; kept while `text` is broken. */
  doc: JsonObject;
  /** The last `text` that parsed, so "Discard broken edits" can restore it with the user's formatting intact. */
  lastValidText: string;
  /** Syntax errors in `text` (empty when it parses). */
  syntaxErrors: Issue[];
  /**
   * Schema and ECS rule issues of `doc`, computed in one place (`core/validate`). In the browser they are computed
   * in a Web Worker (validation-client.ts), so after a change of `doc` they are those of the previous `doc` until
   * the worker answers (milliseconds); an answer for a `doc` that is no longer current is dropped.
   */
  issues: Issue[];
  /** True between a keystroke in the JSON view and the debounced parse that follows it. */
  parsePending: boolean;
  /** Who changed `text` last, and how. */
  lastChange: LastChange;
  /** Index of the container shown in the container panel. */
  selectedContainer: number;
  /** A request from the problems list or banner to focus a place; views consume it. */
  focusRequest: FocusRequest | null;
}

/** Ask a view to reveal a place: a form field by path, or a text offset in the JSON view. */
export interface FocusRequest {
  id: number;
  target: 'form' | 'code';
  path?: (string | number)[];
  offset?: number;
}
