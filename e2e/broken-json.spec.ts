import { expect, test } from './fixtures';
import { editorOffset, editorText, placeCaretAfter, waitForEditor } from './monaco';

test('breaking the JSON shows the banner and read-only forms, and fixing it restores them', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByLabel('Family').fill('shop');

  await placeCaretAfter(page, '"family": "shop"');
  await page.keyboard.type(' oops');

  const banner = page.getByRole('alert', { name: 'JSON syntax error' });
  await expect(banner).toContainText('JSON syntax error at line 2, column 20');
  await expect(page.getByLabel('Family')).toBeDisabled();
  await expect(page.getByLabel('Family')).toHaveValue('shop');
  await expect(page.getByRole('button', { name: 'Download' })).toBeDisabled();
  // Nothing the user typed is lost.
  expect(await editorText(page)).toContain('"family": "shop" oops');

  // "Go to error" puts the caret on the error in the JSON view.
  await banner.getByRole('button', { name: 'Go to error' }).click();
  const text = await editorText(page);
  expect(await editorOffset(page)).toBe(text.indexOf('oops'));
  for (let i = 0; i < 'oops'.length; i++) await page.keyboard.press('Delete');

  await expect(banner).toBeHidden();
  await expect(page.getByLabel('Family')).toBeEnabled();
  await expect(page.getByLabel('Family')).toHaveValue('shop');
  await page.getByLabel('Family').fill('shop-2');
  await expect.poll(() => editorText(page)).toContain('"family": "shop-2"');
});

test('discarding broken edits brings back the last valid text', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  const valid = await editorText(page);
  await placeCaretAfter(page, '"family": "my-task"');
  await page.keyboard.type('!!');
  await page.getByRole('button', { name: 'Discard broken edits' }).click();
  // It asks first: the broken text is work too.
  await page.getByRole('alertdialog', { name: 'Discard the broken edits?' }).getByRole('button', { name: 'Discard edits' }).click();
  await expect(page.getByRole('alert', { name: 'JSON syntax error' })).toBeHidden();
  expect(await editorText(page)).toBe(valid);
});

test('comments typed into the JSON view can be removed in one click', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await placeCaretAfter(page, '"family": "my-task",');
  await page.keyboard.type(' // our web task');
  const banner = page.getByRole('alert', { name: 'JSON syntax error' });
  await expect(banner).toContainText('comments are not allowed in JSON');
  await banner.getByRole('button', { name: 'Remove comments and trailing commas' }).click();
  await expect(banner).toBeHidden();
  expect(await editorText(page)).not.toContain('//');
  await expect(page.getByLabel('Family')).toBeEnabled();
});
