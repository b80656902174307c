/**
 * Where the user was, kept beside the text so a reload puts them back: the selected container, the
 * JSON view's caret/selection and scroll, and the forms' scroll. Browser storage only.
 */
export const VIEW_KEY = 'ecs-taskdef-editor:view';

export interface SavedView {
  selectedContainer?: number;
  codeScrollTop?: number;
  codeSelection?: { start: number; end: number };
  formsScrollTop?: number;
}

let pending: SavedView = {};
let timer: ReturnType<typeof setTimeout> | undefined;

export function loadSavedView(): SavedView {
  try {
    const raw = globalThis.localStorage?.getItem(VIEW_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed !== null && typeof parsed === 'object' ? (parsed as SavedView) : {};
  } catch {
    return {};
  }
}

/** Merges `part` into the saved view a moment later (scroll events come many per second). */
export function saveView(part: SavedView): void {
  pending = { ...pending, ...part };
  timer ??= setTimeout(flushSavedView, 250);
}

export function flushSavedView(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (Object.keys(pending).length === 0) return;
  try {
    localStorage.setItem(VIEW_KEY, JSON.stringify({ ...loadSavedView(), ...pending }));
  } catch {
    // storage full or disabled: losing the scroll position is harmless
  }
  pending = {};
}
