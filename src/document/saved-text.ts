/** Where the text is kept between visits. Only in this browser's storage: nothing leaves the machine. */
export const AUTOSAVE_KEY = 'ecs-taskdef-editor:text';
/**
 * The last text that parsed, kept beside a broken one: after a reload the forms show it (read-only) and
 * "Discard broken edits" returns to it. Absent while the saved text itself parses.
 */
export const LAST_VALID_KEY = 'ecs-taskdef-editor:last-valid-text';

/** What an earlier visit left: its text, broken JSON included, and the last text of it that parsed. */
export interface SavedText {
  text: string;
  lastValidText?: string;
}

/** The text saved by an earlier visit, or `undefined`. */
export function loadSavedText(): SavedText | undefined {
  try {
    const text = globalThis.localStorage?.getItem(AUTOSAVE_KEY);
    if (text === null || text === undefined) return undefined;
    const lastValidText = globalThis.localStorage.getItem(LAST_VALID_KEY);
    return lastValidText === null ? { text } : { text, lastValidText };
  } catch {
    return undefined; // storage disabled (privacy mode): start fresh rather than fail
  }
}
