/** An attribute selector for an exact value (`CSS.escape` is missing in jsdom; these values are plain paths). */
export function attributeSelector(attribute: string, value: string): string {
  return `[${attribute}="${value.replace(/["\\]/g, '\\$&')}"]`;
}

/**
 * Focuses the control with `data-path` once it is rendered (after an "Add" the new row appears on the next
 * commit). Gives up after a few frames: it is a convenience, never an error.
 */
export function focusWhenRendered(dataPath: string, options: { select?: boolean } = {}): void {
  let frames = 0;
  const attempt = () => {
    const element = document.querySelector<HTMLElement>(attributeSelector('data-path', dataPath));
    if (element) {
      element.focus();
      if (options.select && element instanceof HTMLInputElement) element.select();
      return;
    }
    if (++frames < 10) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
