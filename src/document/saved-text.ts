/** Where the text is kept between visits. Only in this browser's storage: nothing leaves the machine. */
export const AUTOSAVE_KEY = 'ecs-taskdef-editor:text';
/** The text saved by an earlier visit, broken JSON included, or `undefined`. */
export function loadSavedText(): string | undefined {
  try {
    return globalThis.localStorage?.getItem(AUTOSAVE_KEY) ?? undefined;
  } catch {
    return undefined; // storage disabled (privacy mode): start fresh rather than fail
  }
}
