import { expect, type Page } from '@playwright/test';

/**
 * Helpers for the Monaco JSON view. Exact text and caret go through the test-only
 * `window.__taskDefEditor` hook (DOM text of `.view-lines` only has the visible lines).
 */
export async function waitForEditor(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__taskDefEditor !== undefined);
}

export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => window.__taskDefEditor!.getValue());
}

export function editorOffset(page: Page): Promise<number> {
  return page.evaluate(() => window.__taskDefEditor!.getOffset());
}

/** Puts the caret at `offset` and focuses the editor, ready for `page.keyboard.type`. */
export async function placeCaret(page: Page, offset: number): Promise<void> {
  await page.evaluate((o) => window.__taskDefEditor!.setOffset(o), offset);
}

/** Puts the caret right after the first occurrence of `needle` in the editor text. */
export async function placeCaretAfter(page: Page, needle: string): Promise<void> {
  const text = await editorText(page);
  const index = text.indexOf(needle);
  expect(index, `"${needle}" in the editor`).toBeGreaterThanOrEqual(0);
  await placeCaret(page, index + needle.length);
}

/** Replaces the whole text as one edit (like a paste). */
export async function setEditorText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => window.__taskDefEditor!.setValue(t), text);
}
