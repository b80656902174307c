import type { Path } from '../core/paths';

/**
 * "Show this place in the forms, but leave the focus where it is": the JSON view asks it as its caret
 * moves, so the forms follow the JSON without taking the keyboard from it. Unlike a focus request this is
 * not document state (nothing is saved or undone), just a signal to whoever draws the forms.
 */
type Listener = (path: Path) => void;

const listeners = new Set<Listener>();

/** Asks the forms to scroll to the control of `path` (or its nearest enclosing group) and highlight it. */
export function revealInForms(path: Path): void {
  for (const listener of listeners) listener(path);
}

/** Subscribes to reveal requests; returns the unsubscribe function. */
export function onRevealInForms(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
