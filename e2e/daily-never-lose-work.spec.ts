import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorText, placeCaretAfter, setEditorText, waitForEditor } from './monaco';

const describeOutput = () => readFile(new URL('./fixtures/describe-with-nulls.json', import.meta.url), 'utf8');

async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'application/json' }));
      return transfer;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

/** Waits until the autosave (300 ms after the last change) has written the text. */
async function waitForAutosave(page: Page, needle: string) {
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ecs-taskdef-editor:text') ?? '')).toContain(needle);
}

// Reloads and several editor round trips: on a loaded machine these take longer than one default timeout.
test.slow();

test('broken JSON survives a reload with the last valid document in the read-only forms, and Discard returns to it', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByLabel('Family').fill('shop');
  await expect.poll(() => editorText(page)).toContain('"family": "shop"');
  const valid = await editorText(page);
  await placeCaretAfter(page, '"family": "shop"');
  await page.keyboard.type(' oops');
  await waitForAutosave(page, 'oops');
  // The syntax errors follow the text after the parse: the last valid text is saved beside it then.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ecs-taskdef-editor:last-valid-text'))).toBe(valid);

  await page.reload();
  await waitForEditor(page);
  expect(await editorText(page)).toContain('"family": "shop" oops');
  const banner = page.getByRole('alert', { name: 'JSON syntax error' });
  await expect(banner).toBeVisible();
  // The forms show the last valid document, not an empty one, and cannot be edited.
  await expect(page.getByLabel('Family')).toHaveValue('shop');
  await expect(page.getByLabel('Family')).toBeDisabled();
  await expect(page.getByRole('list', { name: 'Containers' }).getByRole('button', { name: 'app', exact: true })).toBeVisible();

  // Discarding asks first; cancelling keeps the broken text.
  await banner.getByRole('button', { name: 'Discard broken edits' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Discard the broken edits?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(await editorText(page)).toContain('oops');

  await banner.getByRole('button', { name: 'Discard broken edits' }).click();
  await confirm.getByRole('button', { name: 'Discard edits' }).click();
  await expect(banner).toBeHidden();
  expect(await editorText(page)).toBe(valid);
  await expect(page.getByLabel('Family')).toBeEnabled();
  await expect(page.getByLabel('Family')).toHaveValue('shop');
});

test('New… asks before replacing edited work, and not when nothing was changed', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  // Untouched starting document: a template replaces it at once.
  await page.getByRole('button', { name: 'New…' }).click();
  await page.getByRole('list', { name: 'Templates' }).getByRole('button').first().click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: 'New task definition' })).toBeHidden();

  await page.getByLabel('Family').fill('precious-work');
  await expect.poll(() => editorText(page)).toContain('precious-work');
  await page.getByRole('button', { name: 'New…' }).click();
  await page.getByRole('list', { name: 'Templates' }).getByRole('button').first().click();
  const confirm = page.getByRole('alertdialog', { name: 'Replace the current task definition?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await page.getByRole('dialog', { name: 'New task definition' }).getByRole('button', { name: 'Cancel' }).click();
  expect(await editorText(page)).toContain('precious-work');

  await page.getByRole('button', { name: 'New…' }).click();
  await page.getByRole('list', { name: 'Templates' }).getByRole('button').first().click();
  await confirm.getByRole('button', { name: /^Start from/ }).click();
  await expect(page.getByRole('dialog', { name: 'New task definition' })).toBeHidden();
  expect(await editorText(page)).not.toContain('precious-work');
});

test('an import report goes away when the document it describes is replaced', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  const report = page.getByRole('region', { name: 'Import report' });

  // New… replaces the imported document.
  await dropFile(page, 'shop-api.json', await describeOutput());
  await expect(report).toContainText('Imported shop-api.json');
  await page.getByRole('button', { name: 'New…' }).click();
  await page.getByRole('list', { name: 'Templates' }).getByRole('button').first().click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: /^Start from/ })
    .click();
  await expect(report).toBeHidden();

  // Another import replaces the report with its own.
  await dropFile(page, 'first.json', await describeOutput());
  await expect(report).toContainText('Imported first.json');
  await dropFile(page, 'second.json', JSON.stringify({ family: 'second', containerDefinitions: [{ name: 'b', image: 'b' }] }));
  await expect(report).toContainText('Imported second.json');
  await expect(report).not.toContainText('first.json');

  // Discarding broken edits replaces the document too.
  await setEditorText(page, '{ "family": "broken" ');
  await page.getByRole('button', { name: 'Discard broken edits' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Discard edits' }).click();
  await expect(report).toBeHidden();
});
