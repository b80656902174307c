import { expect, test } from './fixtures';
import { editorOffset, editorText, placeCaretAfter, waitForEditor } from './monaco';

test('a form edit changes only that value in the JSON text and the caret stays where it was', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  const before = await editorText(page);

  await placeCaretAfter(page, '"essential"');
  const caretBefore = await editorOffset(page);

  await page.getByLabel('Family').fill('web');
  await expect.poll(() => editorText(page)).toBe(before.replace('"my-task"', '"web"'));

  // The caret was after the edit, so it moved by exactly the change in length, no more.
  expect(await editorOffset(page)).toBe(caretBefore + ('"web"'.length - '"my-task"'.length));
});

test('a new form value is inserted with the document’s own indentation', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByLabel('Working directory').fill('/srv');
  await expect.poll(() => editorText(page)).toContain('      "workingDirectory": "/srv"');
});
