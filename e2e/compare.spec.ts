import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorText, setEditorText, waitForEditor } from './monaco';

const describeOutput = () => readFile(new URL('./fixtures/describe-with-nulls.json', import.meta.url), 'utf8');

async function importDescribeOutput(page: Page) {
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByLabel('Task definition text').fill(await describeOutput());
  await page.getByRole('dialog', { name: 'Import a task definition' }).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByLabel('Family', { exact: true })).toHaveValue('shop-api');
}

test.describe.configure({ timeout: 90_000 });

test('after an import, Compare shows exactly the user’s changes, each a link to its field', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await importDescribeOutput(page);
  // Two edits: one in the forms, one in the JSON view; plus a reformatting that means nothing.
  await page.getByLabel('Family', { exact: true }).fill('shop-api-v2');
  await expect.poll(() => editorText(page)).toContain('shop-api-v2');
  const text = await editorText(page);
  await setEditorText(page, text.replace('shop-api:2.4.1', 'shop-api:2.5.0').replace(/\n\s*/g, ' '));

  await page.getByRole('button', { name: 'Compare…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare' });
  await expect(dialog.getByRole('radio', { name: /imported from the pasted text/ })).toBeChecked();
  const changes = dialog.locator('.compare-link');
  await expect(changes).toHaveText([
    '~ family: "shop-api" → "shop-api-v2"',
    '~ image: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop-api:2.4.1" → "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop-api:2.5.0"',
  ]);
  await expect(dialog.getByRole('region', { name: 'container api' })).toContainText('image');

  // Side by side: Monaco's diff of the normalised JSON.
  await dialog.getByLabel('Side by side (normalised JSON)').check();
  await expect(dialog.locator('.monaco-diff-editor')).toBeVisible();
  await dialog.getByLabel('Side by side (normalised JSON)').uncheck();

  // A change takes the user to its field.
  await changes.first().click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Family', { exact: true })).toBeFocused();
});

test('Compare with another revision pasted: describe output of the running revision against the document', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await setEditorText(
    page,
    JSON.stringify({ family: 'shop-api', containerDefinitions: [{ name: 'api', image: 'shop-api:2.4.1', memoryReservation: 256 }] }),
  );
  await page.getByRole('button', { name: 'Compare…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare' });
  await expect(dialog.getByRole('radio', { name: /another revision/ })).toBeChecked();
  await dialog.getByLabel('Other revision', { exact: true }).fill('{"family": ');
  await expect(dialog.getByRole('alert')).toContainText('Line 1');
  await dialog.getByLabel('Other revision', { exact: true }).fill(
    JSON.stringify({
      taskDefinition: {
        revision: 4,
        status: 'ACTIVE',
        family: 'shop-api',
        containerDefinitions: [{ name: 'api', image: 'shop-api:2.4.1', memoryReservation: 256, essential: true, links: null }],
      },
    }),
  );
  await expect(dialog.getByText('No changes by meaning.')).toBeVisible();
});

const axeSource = () => readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Compare view has no WCAG A/AA violations in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await waitForEditor(page);
    await importDescribeOutput(page);
    await page.getByLabel('Family', { exact: true }).fill('shop-api-v2');
    await page.getByRole('button', { name: 'Compare…' }).click();
    await expect(page.locator('.compare-link')).toHaveCount(1);
    await page.evaluate(await axeSource());
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
      ).axe;
      const result = await axe.run(
        { include: [['.dialog-compare']], exclude: [['.monaco-editor']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
      );
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
}
