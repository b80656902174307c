import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorText, placeCaret, setEditorText, waitForEditor } from './monaco';

// The machine the suite runs on may be busy: these journeys do several round trips each.
test.describe.configure({ timeout: 60_000 });

const environment = Array.from({ length: 40 }, (_, i) => ({ name: `VAR_${i}`, value: `value-${i}` }));
const DOC = {
  family: 'shop',
  containerDefinitions: [
    { name: 'web', image: 'public.ecr.aws/nginx/nginx:1.27', memory: 256, essential: true, environment },
    { name: 'worker', image: 'public.ecr.aws/docker/library/busybox:1.36', memory: 128, essential: false },
  ],
  volumes: [{ name: 'cache', host: {} }],
};

async function open(page: Page): Promise<void> {
  await page.goto('/');
  await waitForEditor(page);
  await setEditorText(page, `${JSON.stringify(DOC, null, 2)}\n`);
  await expect.poll(async () => JSON.parse(await editorText(page)), { timeout: 15_000 }).toEqual(DOC);
}

/** Whether the editor shows the line holding `needle` (the DOM has only the visible lines). */
const editorShows = (page: Page, needle: string) =>
  page.locator('.monaco-editor .view-lines').evaluate((lines, n) => (lines.textContent ?? '').replace(/\u00a0/g, ' ').includes(n), needle);

test('a form edit scrolls the JSON to the changed value and highlights it, leaving the focus in the form', async ({ page }) => {
  await open(page);
  expect(await editorShows(page, '"cache"')).toBe(false);

  const volumeName = page.locator('[data-path="volumes.0.name"]');
  await volumeName.fill('scratch');
  // Highlighted for a moment (checked first: it fades after 1.5 s), then scrolled into view.
  await expect(page.locator('.monaco-editor .json-revealed')).toHaveCount(1);
  expect(await editorShows(page, '"name": "scratch"')).toBe(true);
  await expect(volumeName).toBeFocused();
  await expect(page.locator('.monaco-editor .json-revealed')).toHaveCount(0, { timeout: 4000 });
});

test('moving the caret in the JSON selects that container and shows its field in the forms, without taking the focus', async ({ page }) => {
  await open(page);
  const text = await editorText(page);
  const offset = text.indexOf('busybox');
  // The first call focuses the editor; the second is a caret move while it has the focus, as a user's would be.
  await placeCaret(page, offset - 3);
  await placeCaret(page, offset);
  await expect(page.getByRole('button', { name: /^worker( |$)/ })).toHaveAttribute('aria-current', 'true');
  const image = page.locator('[data-path="containerDefinitions.1.image"]');
  await expect(image).toHaveValue('public.ecr.aws/docker/library/busybox:1.36');
  await expect(image).toBeInViewport();
  // The keyboard is still in the JSON: typing goes there.
  expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null)).toBe(true);

  // A field in a collapsed section opens it and shows it.
  const varOffset = text.indexOf('"VAR_30"');
  await placeCaret(page, varOffset + 2);
  await expect(page.getByRole('button', { name: /^web( |$)/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-path="containerDefinitions.0.environment.30.name"]')).toBeInViewport();
  expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null)).toBe(true);
});

test('Go to Symbol lists containers and volumes by name and jumps to one', async ({ page }) => {
  await open(page);
  await placeCaret(page, 0);
  await page.keyboard.press('Control+Shift+O');
  const picker = page.locator('.quick-input-widget');
  await expect(picker).toBeVisible();
  // The first row also says how many symbols are listed: "web (class), symbols (137)".
  const row = (label: string) => picker.locator(`.monaco-list-row[aria-label^="${label}"]`);
  // Containers are named by their name (kind "class"), not by their index; volumes too ("struct").
  // The filter holds Go to Symbol's "@" prefix and then the text typed.
  await expect(row('web (class)')).toHaveCount(1);
  await expect(picker.locator('.monaco-list-row[aria-label^="0 ("]')).toHaveCount(0);
  const filter = picker.locator('input');
  await filter.fill('@cache');
  await expect(row('cache (struct)')).toHaveCount(1);
  await filter.fill('@worker');
  await expect(picker.locator('.monaco-list-row').first()).toHaveAttribute('aria-label', /^worker \(class\)/);
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  const text = await editorText(page);
  const caret = await page.evaluate(() => window.__taskDefEditor!.getOffset());
  expect(caret).toBeGreaterThan(text.indexOf('"name": "worker"') - 20);
  await expect(page.getByRole('button', { name: /^worker( |$)/ })).toHaveAttribute('aria-current', 'true');
});

test('the outline lists the task, each container and each volume, and jumps there from the keyboard', async ({ page }, testInfo) => {
  await open(page);
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await expect(outline.getByRole('button')).toHaveText(['shop', 'web', 'worker', 'cache']);
  // One tab stop: the arrow keys move inside.
  await outline.getByRole('button', { name: 'shop' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(outline.getByRole('button', { name: 'web' })).toBeFocused();
  await expect(outline.locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^worker( |$)/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-path="containerDefinitions.1.name"]')).toBeFocused();
  await expect(outline.getByRole('button', { name: 'worker' })).toHaveAttribute('aria-current', 'true');

  await outline.getByRole('button', { name: 'worker' }).focus();
  await page.keyboard.press('End');
  await expect(outline.getByRole('button', { name: 'cache' })).toBeFocused();
  await page.keyboard.press('Enter');
  const volumeName = page.locator('[data-path="volumes.0.name"]');
  await expect(volumeName).toBeFocused();
  await expect(volumeName).toBeInViewport();
  await expect.poll(() => editorShows(page, '"name": "cache"')).toBe(true);

  await page.setViewportSize({ width: 1024, height: 768 });
  await page.locator('.forms-head').screenshot({ path: testInfo.outputPath('outline-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('.forms-head').screenshot({ path: testInfo.outputPath('outline-dark.png') });
});
