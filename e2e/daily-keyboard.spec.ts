import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorText, placeCaretAfter, waitForEditor } from './monaco';

const focusedPath = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-path') ?? null);
const insideEditor = (page: Page) => page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null);

// Reloads and several editor round trips: on a loaded machine these take longer than one default timeout.
test.slow();

test('Escape then Tab leaves the JSON view, a hint says so, and the Problems list is reachable from there', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await placeCaretAfter(page, '"essential": true');
  const hint = page.locator('.code-editor-hint');
  await expect(hint).toHaveText('Esc then Tab to leave the editor');

  // Tab indents (to the next tab stop), as in any code editor.
  await page.keyboard.press('Tab');
  await expect.poll(() => editorText(page)).toMatch(/"essential": true +\n/);
  const indented = await editorText(page);
  expect(await insideEditor(page)).toBe(true);

  await page.keyboard.press('Escape');
  await expect(hint).toHaveText('Tab now leaves the editor');
  await page.keyboard.press('Tab');
  expect(await insideEditor(page)).toBe(false);
  await expect(hint).toBeHidden();
  expect(await editorText(page)).toBe(indented);

  // From the JSON view the keyboard goes on to the Problems panel and its rows.
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.closest('.problem') !== null);
  }
  expect(reached, 'a problem row is reachable with Tab').toBe(true);

  // Back in the editor, a key other than Tab makes Tab indent again.
  await placeCaretAfter(page, '"essential": true');
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  expect(await insideEditor(page)).toBe(true);
  // Shift+Tab after Escape leaves backwards, to the separator between the forms and the JSON view.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('separator', { name: 'Resize the forms and the JSON view' })).toBeFocused();
});

test('the Add buttons put the focus in the new row’s first field', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);

  await page.getByRole('button', { name: 'Add container' }).press('Enter');
  await expect.poll(() => focusedPath(page)).toBe('containerDefinitions.1.name');
  // The generated name is selected: typing replaces it.
  await page.keyboard.type('worker');
  await expect.poll(() => editorText(page)).toContain('"name": "worker"');

  await page.getByRole('button', { name: 'Add port mapping' }).press('Enter');
  await expect.poll(() => focusedPath(page)).toBe('containerDefinitions.1.portMappings.0.containerPort');

  await page.getByRole('button', { name: 'Add volume' }).press('Enter');
  await expect.poll(() => focusedPath(page)).toBe('volumes.0.name');
  await page.keyboard.type('data');

  await page.getByRole('button', { name: 'Add mount point' }).press('Enter');
  await expect.poll(() => focusedPath(page)).toBe('containerDefinitions.1.mountPoints.0.sourceVolume');
});

test('per-field API reference links are out of the tab order but reachable with F1 from their field', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  const links = page.locator('#forms-pane a', { hasText: 'API reference' });
  const total = await links.count();
  const tabbable = await links.evaluateAll((elements) => elements.filter((a) => (a as HTMLElement).tabIndex >= 0).length);
  expect(total).toBeGreaterThanOrEqual(10);
  // Only the links of whole groups (network mode, launch types, lists) stay in the tab order.
  expect(tabbable).toBeLessThanOrEqual(total / 3);
  // Still links for screen readers: in the accessibility tree with their name.
  await expect(page.getByRole('link', { name: 'API reference' }).first()).toBeAttached();

  await page.getByLabel('Family').focus();
  await page.keyboard.press('F1');
  const focused = await page.evaluate(() => ({
    text: document.activeElement?.textContent,
    title: document.activeElement?.getAttribute('title'),
  }));
  expect(focused).toEqual({ text: 'API reference', title: 'AWS API reference for Family (F1 from the field)' });
});

test('Ctrl+S downloads the task definition from the forms and from inside the JSON view', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByLabel('Family').focus();
  let download = page.waitForEvent('download');
  await page.keyboard.press('ControlOrMeta+s');
  expect((await download).suggestedFilename()).toBe('my-task.json');

  await placeCaretAfter(page, '"essential": true');
  download = page.waitForEvent('download');
  await page.keyboard.press('ControlOrMeta+s');
  expect((await download).suggestedFilename()).toBe('my-task.json');
  // Nothing was typed into the JSON.
  expect(await editorText(page)).not.toMatch(/true\s*s/);
});
