import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForEditor } from './monaco';

const compose = `name: shop
services:
  web:
    image: nginx:1.27
    ports:
      - "127.0.0.1:8080:80"
    depends_on:
      api:
        condition: service_healthy
  api:
    image: example/shop-api:2.4.1
    environment:
      PORT: "3000"
    mem_limit: 512m
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://localhost:3000/health"]
      interval: 1m30s
  adminer:
    image: adminer:4
    profiles: [debug]
`;

/** WCAG 2.1 A/AA violations inside the open dialog (axe-core, evaluated through the DevTools protocol). */
async function dialogViolations(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; help: string }[] }> } })
      .axe;
    const result = await axe.run('dialog[open]', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help}`);
  });
}

test('pasting a compose file into Import… shows the conversion report, takes the chosen services and launch type, and downloads the task definition', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/');
  await waitForEditor(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a task definition' });
  await page.evaluate((text) => navigator.clipboard.writeText(text), compose);
  await dialog.getByLabel('Task definition text').focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(dialog.getByText('Detected: docker-compose file.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Convert…' }).click();

  const preview = page.getByRole('dialog', { name: 'Convert to a task definition' });
  const report = preview.getByRole('region', { name: 'Conversion report' });
  await expect(report).toContainText('services.web.ports.0');
  await expect(report).toContainText('ECS cannot bind a port to a host IP');
  await expect(preview).toContainText('3 containers, network mode awsvpc');

  await preview.getByLabel('adminer').uncheck();
  await preview.getByLabel('EC2 (bridge)').check();
  await expect(preview).toContainText('2 containers, network mode bridge');
  await expect(report).toContainText('Service "adminer" was not chosen');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/import-compose-${scheme}.png` });
    expect(await dialogViolations(page), `${scheme} scheme`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await preview.getByRole('button', { name: 'Replace the document' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByLabel('Family')).toHaveValue('shop');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  await page
    .getByRole('button', { name: 'Export anyway' })
    .click({ timeout: 2000 })
    .catch(() => undefined);
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('shop.json');
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as Record<string, unknown>;
  expect(exported).toMatchObject({
    family: 'shop',
    networkMode: 'bridge',
    requiresCompatibilities: ['EC2'],
    containerDefinitions: [
      {
        name: 'web',
        image: 'nginx:1.27',
        portMappings: [{ containerPort: 80, hostPort: 8080, protocol: 'tcp' }],
        dependsOn: [{ containerName: 'api', condition: 'HEALTHY' }],
        memoryReservation: 256,
      },
      {
        name: 'api',
        memory: 512,
        healthCheck: { command: ['CMD', 'wget', '-qO-', 'http://localhost:3000/health'], interval: 90 },
      },
    ],
  });
});

test('dropping a Kubernetes manifest on the page opens its conversion instead of replacing the document', async ({ page }) => {
  await page.goto('/');
  await waitForEditor(page);
  const manifest =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: shop}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: shop/api:1\n          resources: {limits: {cpu: 500m, memory: 512Mi}}\n';
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'deployment.yaml', { type: 'text/yaml' }));
    return transfer;
  }, manifest);
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  const preview = page.getByRole('dialog', { name: 'Convert to a task definition' });
  await expect(preview).toContainText('Kubernetes manifest');
  await expect(preview).toContainText('1 container, network mode awsvpc, cpu 512, memory 1024');
  await expect(page.getByLabel('Family')).not.toHaveValue('shop');
  await preview.getByRole('button', { name: 'Replace the document' }).click();
  await expect(page.getByLabel('Family')).toHaveValue('shop');
});
