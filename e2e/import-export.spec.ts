import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { editorText, placeCaretAfter, waitForEditor } from './monaco';

const describeOutput = () => readFile(new URL('./fixtures/describe-with-nulls.json', import.meta.url), 'utf8');

const registerReady = {
  containerDefinitions: [
    {
      name: 'api',
      image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop-api:2.4.1',
      cpu: 0,
      memoryReservation: 256,
      portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }],
      essential: true,
      environment: [{ name: 'PORT', value: '8080' }],
      mountPoints: [],
      volumesFrom: [],
    },
  ],
  family: 'shop-api',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  networkMode: 'awsvpc',
  volumes: [],
  placementConstraints: [],
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  tags: [{ key: 'team', value: 'shop' }],
};

test('pasting describe-task-definition output into the JSON view imports it, reports the removals and downloads register-ready JSON', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await waitForEditor(page);
  await page.evaluate((text) => navigator.clipboard.writeText(text), await describeOutput());
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');

  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('removed 7 read-only fields');
  await expect(report).toContainText('removed 4 null values');
  await report.getByText('Removed (11)').click();
  await expect(report).toContainText('taskDefinitionArn');
  await expect(page.getByLabel('Family')).toHaveValue('shop-api');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  await page
    .getByRole('button', { name: 'Export anyway' })
    .click({ timeout: 2000 })
    .catch(() => undefined);
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('shop-api.json');
  expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toEqual(registerReady);
});

test('dropping a file on the page imports it', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  const content = await describeOutput();
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'shop-api.json', { type: 'application/json' }));
    return transfer;
  }, content);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('Imported shop-api.json');
  await expect(page.getByLabel('Family')).toHaveValue('shop-api');
});

test('importing is one undoable step', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  const before = await editorText(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByLabel('Task definition text').fill(await describeOutput());
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByLabel('Family')).toHaveValue('shop-api');

  await page.getByLabel('Family').press('ControlOrMeta+z');
  await expect(page.getByLabel('Family')).toHaveValue('my-task');
  expect(await editorText(page)).toBe(before);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByLabel('Family')).toHaveValue('shop-api');
});

test('reloading mid-edit with broken JSON brings back exactly the same text', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await placeCaretAfter(page, '"family": "my-task"');
  await page.keyboard.type(' , broken');
  const broken = await editorText(page);
  await expect(page.getByRole('alert', { name: 'JSON syntax error' })).toBeVisible();
  await page.waitForTimeout(700); // autosave runs within a second
  await page.reload();
  await waitForEditor(page);
  expect(await editorText(page)).toBe(broken);
  await expect(page.getByRole('alert', { name: 'JSON syntax error' })).toBeVisible();
});

test('an import with comments says where and removes them in one click', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  await page
    .getByLabel('Task definition text')
    .fill('{\n  // the web task\n  "family": "web",\n  "containerDefinitions": [{"name": "a", "image": "nginx:1", "memory": 64},]\n}');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('line 2, column 3');
  await page.getByRole('button', { name: 'Remove comments and trailing commas, then import' }).click();
  await expect(page.getByLabel('Family')).toHaveValue('web');
});

test('pasting a 5 MB document gives a clear message and the page stays responsive', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await waitForEditor(page);
  await page.evaluate(() => navigator.clipboard.writeText(`{"family": "huge", "x": "${'a'.repeat(5 * 1024 * 1024)}"}`));
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByRole('alert', { name: 'JSON syntax error' })).toContainText('5.0 MB', { timeout: 10_000 });
  await expect(page.getByLabel('Family')).toHaveValue('my-task');
  // Responsive: a click is handled promptly.
  const started = Date.now();
  await page.getByRole('button', { name: 'Discard broken edits' }).click();
  await page.getByRole('alertdialog', { name: 'Discard the broken edits?' }).getByRole('button', { name: 'Discard edits' }).click();
  await expect(page.getByRole('alert', { name: 'JSON syntax error' })).toBeHidden();
  expect(Date.now() - started).toBeLessThan(5000);
});

test('Ctrl+Z inside the JSON view undoes a form edit, from the same history', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  const before = await editorText(page);
  await page.getByLabel('Family').fill('billing');
  await expect.poll(() => editorText(page)).toContain('"billing"');
  await placeCaretAfter(page, '"containerDefinitions"');
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => editorText(page)).toBe(before);
  await expect(page.getByLabel('Family')).toHaveValue('my-task');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(page.getByLabel('Family')).toHaveValue('billing');
});

test('a reload keeps the selected container', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByRole('button', { name: 'Add container' }).click();
  await page.getByLabel('Container name').fill('worker');
  await page.waitForTimeout(700);
  await page.reload();
  await waitForEditor(page);
  await expect(page.getByLabel('Container name')).toHaveValue('worker');
});

test('a reload brings back the scroll position of the forms', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  const forms = page.getByLabel('Forms', { exact: true });
  await forms.evaluate((element) => element.scrollTo({ top: 400 }));
  await page.waitForTimeout(700);
  await page.reload();
  await waitForEditor(page);
  await expect.poll(() => forms.evaluate((element) => element.scrollTop)).toBe(400);
});
