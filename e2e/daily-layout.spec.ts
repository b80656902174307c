import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { setEditorText, waitForEditor } from './monaco';

const width = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!.width;
const height = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!.height;

// Reloads and several editor round trips: on a loaded machine these take longer than one default timeout.
test.slow();

test('the panes resize with the keyboard and remember their sizes', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  const split = page.getByRole('separator', { name: 'Resize the forms and the JSON view' });
  await expect(split).toHaveAttribute('aria-valuenow', '50');
  const formsBefore = await width(page, '#forms-pane');
  await split.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(split).toHaveAttribute('aria-valuenow', '56');
  expect(await width(page, '#forms-pane')).toBeGreaterThan(formsBefore + 60);
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(split).toHaveAttribute('aria-valuenow', '46');
  const formsResized = await width(page, '#forms-pane');

  const problemsSplit = page.getByRole('separator', { name: 'Resize the Problems panel' });
  const problemsBefore = await height(page, '#problems-slot');
  await problemsSplit.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect(await height(page, '#problems-slot')).toBeCloseTo(problemsBefore + 32, 0);
  const problemsResized = await height(page, '#problems-slot');

  await page.reload();
  await waitForEditor(page);
  await expect(split).toHaveAttribute('aria-valuenow', '46');
  expect(await width(page, '#forms-pane')).toBeCloseTo(formsResized, 0);
  expect(await height(page, '#problems-slot')).toBeCloseTo(problemsResized, 0);
});

test('the Problems panel collapses to its header line, and stays collapsed after a reload', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  const problemsSplit = page.getByRole('separator', { name: 'Resize the Problems panel' });
  // Collapsing Problems leaves its header line (and counts) and gives the height to the editor.
  const editorBefore = await height(page, '.code .monaco-editor');
  const toggle = page.getByRole('button', { name: 'Hide the Problems list' });
  await toggle.press('Enter');
  await expect(page.getByRole('list', { name: 'Problems list' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show the Problems list' })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('button', { name: 'Show the Problems list' })).toBeFocused();
  await expect(problemsSplit).toHaveCount(0);
  await expect.poll(() => height(page, '.code .monaco-editor')).toBeGreaterThan(editorBefore + 100);
  await page.reload();
  await waitForEditor(page);
  await expect(page.getByRole('list', { name: 'Problems list' })).toBeHidden();
  await page.getByRole('button', { name: 'Show the Problems list' }).click();
  await expect(page.getByRole('list', { name: 'Problems list' })).toBeVisible();
});

test('a long import report at 1024×768 stays bounded, scrolls, and folds away', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/');
  await waitForEditor(page);
  const text = await readFile(new URL('./fixtures/describe-with-nulls.json', import.meta.url), 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'shop-api.json', { type: 'application/json' }));
    return transfer;
  }, text);
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('Imported shop-api.json');
  // Open every group: the report grows to its bound and no further.
  for (const summary of await report.locator('summary').all()) await summary.click();
  const reportHeight = await height(page, '.import-report');
  expect(reportHeight).toBeLessThanOrEqual(768 * 0.3);
  const details = page.locator('#import-report-details');
  expect(await details.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  expect(await height(page, '.code .monaco-editor')).toBeGreaterThan(250);

  await report.getByRole('button', { name: 'Hide details' }).click();
  await expect(details).toBeHidden();
  expect(await height(page, '.import-report')).toBeLessThan(60);
  await expect(report.getByRole('button', { name: 'Show details' })).toHaveAttribute('aria-expanded', 'false');
});

test('two long environment and secret names that differ at the end are fully visible at 1024 px', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/');
  await waitForEditor(page);
  const names = ['SERVICE_DISCOVERY_ENDPOINT_PRIMARY_REGION', 'SERVICE_DISCOVERY_ENDPOINT_SECONDARY_REGION'];
  const secrets = ['DATABASE_PASSWORD_FOR_THE_PRIMARY_CLUSTER', 'DATABASE_PASSWORD_FOR_THE_REPLICA_CLUSTER'];
  const doc = {
    family: 'long-names',
    containerDefinitions: [
      {
        name: 'app',
        image: 'app:1',
        memory: 256,
        environment: names.map((name) => ({ name, value: `https://${name.toLowerCase()}.internal.example.com/v2` })),
        secrets: secrets.map((name) => ({ name, valueFrom: `arn:aws:ssm:eu-west-1:123456789012:parameter/${name.toLowerCase()}` })),
      },
    ],
  };
  await setEditorText(page, JSON.stringify(doc, null, 2));
  await page.locator('summary', { hasText: /^Secrets/ }).click();
  for (const [group, list] of [
    ['Environment variable', names],
    ['Secret', secrets],
  ] as const) {
    for (const [i, name] of list.entries()) {
      const input = page.getByRole('group', { name: `${group} ${i + 1}`, exact: true }).getByRole('textbox', { name: 'Name' });
      await expect(input).toHaveValue(name);
      // The whole name fits in its box: nothing is cut off.
      const fits = await input.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth);
      expect(fits, `${name} fits`).toBe(true);
    }
  }
});

test('status messages do not move the toolbar buttons', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/');
  await waitForEditor(page);
  const toolbar = page.locator('header');
  const positions = () =>
    toolbar.getByRole('button').evaluateAll((buttons) => buttons.map((b) => `${b.textContent}@${Math.round(b.getBoundingClientRect().x)}`));
  const before = await positions();
  await toolbar.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(toolbar.getByRole('status')).toHaveText('Copied register-ready JSON');
  expect(await positions()).toEqual(before);
  const download = page.waitForEvent('download');
  await toolbar.getByRole('button', { name: 'Download' }).click();
  await download;
  await expect(toolbar.getByRole('status')).toHaveText('Downloaded my-task.json');
  expect(await positions()).toEqual(before);
  // The JSON breaks: the export buttons say why they are disabled, in the same slot.
  await setEditorText(page, '{ "family": ');
  await expect(toolbar).toContainText('Export needs valid JSON');
  expect(await positions()).toEqual(before);
});
