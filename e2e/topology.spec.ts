import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { setEditorText, waitForEditor } from './monaco';

test.describe.configure({ timeout: 90_000 });

const twoContainers = {
  family: 'shop',
  networkMode: 'awsvpc',
  volumes: [{ name: 'assets' }],
  containerDefinitions: [
    {
      name: 'web',
      image: 'nginx:1.27',
      essential: true,
      portMappings: [{ containerPort: 80 }],
      mountPoints: [{ sourceVolume: 'assets', containerPath: '/usr/share/nginx/html', readOnly: true }],
      dependsOn: [{ containerName: 'app', condition: 'HEALTHY' }],
    },
    { name: 'app', image: 'shop:2', essential: true, cpu: 256, memory: 512 },
  ],
};

/** Ten containers with every kind of edge, for the screenshots: a sidecar router, an init, several services. */
function tenContainers() {
  const services = ['api', 'worker', 'cron', 'admin', 'search', 'cache'].map((name, i) => ({
    name,
    image: `123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop-${name}:1.${i}`,
    essential: true,
    cpu: 128,
    memory: 256,
    portMappings: [{ containerPort: 8000 + i }],
    dependsOn: [{ containerName: 'migrate', condition: 'SUCCESS' }, ...(i > 0 ? [{ containerName: 'api', condition: 'HEALTHY' }] : [])],
    mountPoints: [{ sourceVolume: i % 2 ? 'shared' : 'config', containerPath: i % 2 ? '/data' : '/etc/shop', readOnly: i % 2 === 0 }],
    logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch' } },
  }));
  return {
    family: 'shop-ten',
    networkMode: 'bridge',
    volumes: [{ name: 'shared' }, { name: 'config', efsVolumeConfiguration: { fileSystemId: 'fs-0123' } }],
    containerDefinitions: [
      { name: 'log_router', image: 'amazon/aws-for-fluent-bit:stable', essential: true, firelensConfiguration: { type: 'fluentbit' } },
      { name: 'migrate', image: 'shop-migrate:1', essential: false, dependsOn: [{ containerName: 'log_router', condition: 'START' }] },
      ...services,
      {
        name: 'proxy',
        image: 'envoy:1.30',
        essential: true,
        portMappings: [{ containerPort: 443, hostPort: 8443 }],
        links: ['api:backend'],
      },
      {
        name: 'backup',
        image: 'busybox',
        essential: false,
        volumesFrom: [{ sourceContainer: 'worker', readOnly: true }],
        dependsOn: [{ containerName: 'worker', condition: 'COMPLETE' }],
      },
    ],
  };
}

async function openTopology(page: Page, doc: object) {
  await page.goto('/');
  await waitForEditor(page);
  await setEditorText(page, JSON.stringify(doc, null, 2));
  await expect(page.getByLabel('Family', { exact: true })).toHaveValue((doc as { family: string }).family);
  await page.getByRole('button', { name: 'Topology…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Topology' });
  await expect(dialog.locator('.topology-svg')).toBeVisible();
  return dialog;
}

test('Topology draws the dependsOn edge; clicking it focuses that dependsOn in the forms', async ({ page }) => {
  const dialog = await openTopology(page, twoContainers);
  await expect(dialog.getByRole('list', { name: 'Connections' })).toContainText('web depends on app (HEALTHY)');
  await expect(dialog.getByRole('list', { name: 'Connections' })).toContainText(
    'web mounts volume assets at /usr/share/nginx/html (read-only)',
  );
  await expect(dialog.getByRole('list', { name: 'Nodes' })).toContainText('ports 80→80/tcp');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save as SVG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('shop-topology.svg');
  const svg = await readFile((await file.path())!, 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('HEALTHY');
  expect(svg).not.toContain('var(--');

  const png = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save as PNG' }).click();
  const pngFile = await png;
  expect(pngFile.suggestedFilename()).toBe('shop-topology.png');
  const bytes = await readFile((await pngFile.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');

  await dialog.getByRole('button', { name: 'web depends on app (HEALTHY)' }).click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-path') ?? null))
    .toBe('containerDefinitions.0.dependsOn.0.condition');
});

test('the Topology view follows edits, shows problems on their edge, and Enter on a node selects it', async ({ page }) => {
  const dialog = await openTopology(page, twoContainers);
  await dialog.getByRole('button', { name: 'Close' }).click();
  const broken = structuredClone(twoContainers);
  broken.containerDefinitions[0]!.dependsOn = [{ containerName: 'app', condition: 'SUCCESS' }];
  await setEditorText(page, JSON.stringify(broken, null, 2));
  await page.getByRole('button', { name: 'Topology…' }).click();
  const edge = dialog.getByRole('button', { name: /^web depends on app \(SUCCESS\); 1 problem/ });
  await expect(edge).toBeVisible();
  await dialog.getByRole('button', { name: /^Container app/ }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-path') ?? ''))
    .toMatch(/^containerDefinitions\.1\./);
});

const axeSource = () => readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Topology view of ten containers has no WCAG A/AA violations in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1440, height: 1000 });
    const dialog = await openTopology(page, tenContainers());
    await expect(dialog.locator('.topology-node')).toHaveCount(12);
    await dialog.screenshot({ path: `test-results/topology-${colorScheme}.png` });
    // No two node boxes overlap.
    const boxes = await dialog
      .locator('.topology-node .topology-box')
      .evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().toJSON()));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, 'node boxes overlap').toBe(true);
    await page.evaluate(await axeSource());
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
      ).axe;
      const result = await axe.run(
        { include: [['.dialog-topology']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
      );
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
}
