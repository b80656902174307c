import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForEditor } from './monaco';

const axeSource = () => readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  passes: unknown[];
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/** Runs axe-core on the page (WCAG 2.1 A and AA), leaving out Monaco's own DOM, which we do not control. */
async function axeViolations(page: Page) {
  // Evaluated through the DevTools protocol: the page's own CSP (script-src 'self') rightly refuses inline scripts.
  await page.evaluate(await axeSource());
  const result = await page.evaluate(
    () =>
      (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe.run(
        { exclude: [['.monaco-editor']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
      ) as Promise<AxeResult>,
  );
  expect(result.passes.length, 'axe ran its checks').toBeGreaterThan(10);
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the page has no WCAG A/AA violations in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await waitForEditor(page);
    await page.getByRole('button', { name: 'Add port mapping' }).click();
    await page.getByLabel('Memory hard limit (MiB)').fill('abc'); // an error message on screen
    await expect(page.getByRole('list', { name: 'Problems list' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('every form control can be reached with the keyboard, in reading order', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByLabel('Family').focus();
  const visited: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    visited.push(await page.evaluate(() => document.activeElement?.getAttribute('data-path') ?? document.activeElement?.textContent ?? ''));
  }
  expect(visited).toContain('cpu');
  expect(visited).toContain('memory');
  expect(visited.indexOf('cpu')).toBeLessThan(visited.indexOf('memory'));
});
