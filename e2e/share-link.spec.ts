import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { editorText, setEditorText, waitForEditor } from './monaco';

const doc = (family: string, environment: { name: string; value: string }[] = []) =>
  `${JSON.stringify({ family, containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 256, environment }] }, null, 2)}\n`;

const SAVED_KEY = 'ecs-taskdef-editor:text';

// Each journey opens several pages; on a busy 2-core machine that takes longer than the default 30 s.
test.describe.configure({ timeout: 90_000 });

test('a copied link opened in a fresh context shows the same document and leaves the saved work alone', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await waitForEditor(page);
  await setEditorText(page, doc('shared-web'));
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied a link' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#share=/);

  // The user's own work, saved in this browser.
  await setEditorText(page, doc('my-own-work'));
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), SAVED_KEY)).toContain('my-own-work');

  // The link in a new tab of the same browser: the shared document, with the saved work untouched even after an edit.
  const tab = await context.newPage();
  await tab.goto(link);
  await waitForEditor(tab);
  await expect(tab.getByRole('region', { name: 'Shared document' })).toBeVisible();
  expect(await editorText(tab)).toBe(doc('shared-web'));
  await tab.getByLabel('Family', { exact: true }).fill('shared-web-edited');
  await expect.poll(() => editorText(tab)).toContain('shared-web-edited');
  await tab.waitForTimeout(600); // longer than the autosave delay
  expect(await tab.evaluate((key) => localStorage.getItem(key), SAVED_KEY)).toContain('my-own-work');

  // Going back asks first (there are edits), then shows the saved work; the fragment is gone.
  await tab.getByRole('button', { name: 'Back to my work' }).click();
  await tab.getByRole('button', { name: 'Discard it and go back' }).click();
  await expect.poll(() => editorText(tab)).toContain('my-own-work');
  expect(new URL(tab.url()).hash).toBe('');

  // A fresh browser context (nothing saved) shows the same document.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await waitForEditor(other);
  expect(await editorText(other)).toBe(doc('shared-web'));
  // Keeping it makes it the saved work of that browser.
  await other.getByRole('button', { name: 'Keep this document' }).click();
  await other.getByRole('button', { name: 'Keep the shared document' }).click();
  await expect(other.getByRole('region', { name: 'Shared document' })).toBeHidden();
  await expect.poll(() => other.evaluate((key) => localStorage.getItem(key), SAVED_KEY)).toContain('shared-web');
  await fresh.close();
});

test('copying a link asks first when the document holds secret-looking values', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await waitForEditor(page);
  await setEditorText(page, doc('api', [{ name: 'DB_PASSWORD', value: 'correct-horse-battery' }]));
  await page.getByRole('button', { name: 'Copy link' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Share values that look like secrets?' });
  await expect(dialog).toContainText('app: DB_PASSWORD');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('button', { name: 'Copy link anyway' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/#share=/);
});

test('a document too large for a link is refused with the reason and the advice to share the file', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  // Pseudo-random values compress poorly, like real keys and hashes.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed.toString(36));
  const environment = Array.from({ length: 800 }, (_, i) => ({ name: `VAR_${i}`, value: Array.from({ length: 6 }, random).join('') }));
  await setEditorText(page, doc('big', environment));
  await page.getByRole('button', { name: 'Copy link' }).click();
  const dialog = page.getByRole('dialog', { name: 'This document is too large for a link' });
  await expect(dialog).toContainText('Share the file instead');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('a link cut short says so and shows the saved work', async ({ page }) => {
  await page.goto('/#share=N4IgLgpgzg');
  await expect(page.getByRole('alert').filter({ hasText: 'cut short' })).toBeVisible();
  await waitForEditor(page);
  expect(await editorText(page)).toContain('"family"');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the shared-document bar has no WCAG A/AA violations in the ${colorScheme} scheme`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await waitForEditor(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied a link' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const tab = await context.newPage();
    await tab.goto(link);
    await expect(tab.getByRole('region', { name: 'Shared document' })).toBeVisible();
    await tab.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await tab.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[] }> } }).axe;
      const result = await axe.run(
        { include: [['.share-bar']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
      );
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });
}
