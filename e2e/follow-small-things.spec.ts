import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorText, setEditorText, waitForEditor } from './monaco';

test.describe.configure({ timeout: 60_000 });

const SECRET = 'arn:aws:ssm:us-east-1:123456789012:parameter/';
const DOC = {
  family: 'shop',
  containerDefinitions: [
    {
      name: 'web',
      image: 'public.ecr.aws/nginx/nginx:1.27',
      memory: 256,
      essential: true,
      environment: [{ name: 'LOG_LEVEL', value: 'info' }],
      secrets: ['DB_PASSWORD', 'API_TOKEN', 'SESSION_KEY'].map((name) => ({ name, valueFrom: SECRET + name })),
    },
    { name: 'billing-worker', image: 'public.ecr.aws/docker/library/busybox:1.36', memory: 128, essential: false },
  ],
};

async function open(page: Page): Promise<void> {
  await page.goto('/');
  await waitForEditor(page);
  await setEditorText(page, `${JSON.stringify(DOC, null, 2)}\n`);
  await expect.poll(async () => JSON.parse(await editorText(page)), { timeout: 15_000 }).toEqual(DOC);
}

test('the Blank template is blank: an empty family and one empty container', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByRole('button', { name: 'New…' }).click();
  await page.getByRole('button', { name: /^Blank/ }).click();
  await expect
    .poll(async () => JSON.parse(await editorText(page)))
    .toEqual({ family: '', containerDefinitions: [{ name: '', image: '' }] });
  await expect(page.getByLabel('Family')).toHaveValue('');
  await expect(page.locator('[data-path="containerDefinitions.0.name"]')).toHaveValue('');
  await expect(page.locator('[data-path="containerDefinitions.0.image"]')).toHaveValue('');
});

test('a new port mapping is empty rather than pre-filled with 80', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  await page.getByRole('button', { name: 'Add port mapping' }).click();
  const row = page.getByRole('group', { name: 'Port mapping 1' });
  await expect(row.getByLabel('Container port')).toHaveValue('');
  await expect.poll(async () => JSON.parse(await editorText(page)).containerDefinitions[0].portMappings).toEqual([{}]);
  await row.getByLabel('Container port').fill('8080');
  await expect.poll(async () => JSON.parse(await editorText(page)).containerDefinitions[0].portMappings).toEqual([{ containerPort: 8080 }]);
});

test('the Secrets section counts the secrets', async ({ page }) => {
  await open(page);
  const secrets = page.locator('summary', { hasText: /^Secrets/ });
  await expect(secrets).toContainText('3 set');
});

test('Find a field also finds a container by name and a variable by name, and jumps there', async ({ page }) => {
  await open(page);
  const search = page.getByRole('combobox', { name: 'Find a field' });
  await search.fill('billing');
  const results = page.getByRole('listbox', { name: 'Matching fields and names' });
  await expect(results.getByRole('option').first()).toContainText('billing-worker');
  await search.press('Enter');
  await expect(page.getByRole('button', { name: /^billing-worker( |$)/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-path="containerDefinitions.1.name"]')).toBeFocused();

  await search.fill('api_tok');
  await expect(results.getByRole('option').first()).toContainText('API_TOKEN');
  await expect(results.getByRole('option').first()).toContainText('Container web › Secrets');
  await search.press('Enter');
  await expect(page.getByRole('button', { name: /^web( |$)/ })).toHaveAttribute('aria-current', 'true');
  const name = page.locator('[data-path="containerDefinitions.0.secrets.1.name"]');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('API_TOKEN');

  await search.fill('log_lev');
  await search.press('Enter');
  await expect(page.locator('[data-path="containerDefinitions.0.environment.0.name"]')).toBeFocused();
});

test('the problems panel in light and dark (screenshots)', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/');
  await waitForEditor(page);
  await setEditorText(
    page,
    JSON.stringify({
      family: 'web',
      requiresCompatibilities: ['FARGATE'],
      cpu: '512',
      memory: '6144',
      containerDefinitions: [{ name: 'app', image: 'nginx:1.27', links: ['db'] }],
    }),
  );
  const panel = page.locator('section.problems');
  await expect(panel.getByRole('button', { name: 'Set network mode to awsvpc' })).toBeVisible();
  await expect(panel.locator('li').first()).toHaveClass(/problem-error/);
  await panel.screenshot({ path: testInfo.outputPath('problems-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot({ path: testInfo.outputPath('problems-dark.png') });
  await page.screenshot({ path: testInfo.outputPath('page-1024-dark.png') });
});
