import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { placeCaretAfter, waitForEditor } from './monaco';
import { serveFolder, type FolderServer } from './static-server';

// These journeys need the service worker that every other journey blocks (see playwright.config.ts). The
// fixture's foreign-request guard still applies: in Chromium, Playwright sees the worker's own fetches too.
test.use({ serviceWorkers: 'allow' });

const dist = process.env.E2E_DIST ?? 'dist';

/** Waits until the service worker is active, that is, until it has precached the whole build. */
async function waitForPrecache(page: Page): Promise<void> {
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
}

test('after one visit the app loads with the network cut, and its JSON view works', async ({ page, context }) => {
  await page.goto('/');
  await waitForEditor(page);
  await waitForPrecache(page);

  await context.setOffline(true);
  // Counted from here: a request of the first visit still under way when the page reloads fails too (aborted).
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the page is served by the service worker').toBe(true);
  await expect(page.getByLabel('Family')).toHaveValue('my-task');

  // Monaco (the large lazy chunk) and its workers come from the cache: typing reaches the form, and completion
  // (computed in the JSON worker) offers the container's properties.
  await waitForEditor(page);
  await placeCaretAfter(page, '"my-task');
  await page.keyboard.type('-offline');
  await expect(page.getByLabel('Family')).toHaveValue('my-task-offline');
  await placeCaretAfter(page, '"essential": true');
  await page.keyboard.type(', ');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget')).toContainText('dependsOn');
  expect(failed, 'requests that failed offline (files missing from the precache)').toEqual([]);
});

test('the web app manifest parses without errors and names icons that load', async ({ page }) => {
  await page.goto('/');
  const cdp = await page.context().newCDPSession(page);
  const { errors, data } = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[]; data?: string };
  expect(errors.map((e) => e.message)).toEqual([]);
  const manifest = JSON.parse(data!) as { display: string; icons: { src: string; sizes: string; purpose: string }[] };
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, page.url()).href);
    expect(response.ok(), icon.src).toBe(true);
  }
});

/**
 * A second build beside the first: the same files with a changed index.html, and a service worker whose precache
 * manifest names the new revision (the md5 Workbox computes), as a real rebuild would have it. Cheaper than a
 * second `vite build`, and it changes what makes a browser install a new worker: the bytes of sw.js.
 */
function makeSecondBuild(first: string, second: string): void {
  cpSync(first, second, { recursive: true });
  const index = readFileSync(join(first, 'index.html'), 'utf8').replace('<head>', '<head>\n    <meta name="e2e-build" content="second" />');
  writeFileSync(join(second, 'index.html'), index);
  const revision = createHash('md5').update(index).digest('hex');
  const sw = readFileSync(join(first, 'sw.js'), 'utf8');
  const updated = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+(")/, `$1${revision}$2`);
  expect(updated, 'sw.js lists index.html with its revision').not.toBe(sw);
  writeFileSync(join(second, 'sw.js'), updated);
}

const build = (page: Page) => page.evaluate(() => document.querySelector('meta[name="e2e-build"]')?.getAttribute('content') ?? 'first');

/** Two builds (see makeSecondBuild) behind one server, which serves the first until a test swaps it. */
const withTwoBuilds = test.extend<object, { builds: { server: FolderServer; second: string } }>({
  builds: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none.
    async ({}, use) => {
      const folders = mkdtempSync(join(tmpdir(), 'ecs-taskdef-builds-'));
      cpSync(dist, join(folders, 'first'), { recursive: true });
      makeSecondBuild(join(folders, 'first'), join(folders, 'second'));
      const server = await serveFolder(join(folders, 'first'));
      await use({ server, second: join(folders, 'second') });
      await server.close();
      rmSync(folders, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  // The fixture's offline guarantee takes this server as the page's own origin.
  baseURL: async ({ builds }, use) => use(builds.server.url),
});

withTwoBuilds(
  'when a new build is served, the page offers it, and Reload brings it in without losing the work',
  async ({ page, builds }) => {
    // Two service worker installs, each precaching the ~6 MB build, on a machine that may be busy.
    withTwoBuilds.setTimeout(90_000);
    await page.goto('/');
    const family = page.getByLabel('Family');
    await family.fill('kept-across-update');
    await waitForPrecache(page);
    const prompt = page.getByRole('status').filter({ hasText: 'A new version is available' });
    await expect(prompt).toHaveCount(0);

    builds.server.root = builds.second;
    const workspace = await page.locator('.workspace').boundingBox();
    // Opening the app again asks the server for sw.js: the new worker installs (precaches) and waits.
    await page.reload();
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    expect(await build(page), 'the page still runs the first build until the user accepts').toBe('first');
    expect(await page.locator('.workspace').boundingBox(), 'the prompt moves nothing').toEqual(workspace);

    // Dismiss hides it; the waiting build does not take over behind the user's back.
    await prompt.getByRole('button', { name: 'Dismiss' }).click();
    await expect(prompt).toHaveCount(0);
    await page.reload();
    await expect(prompt).toBeVisible();
    expect(await build(page)).toBe('first');

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => build(page).catch(() => 'reloading')).toBe('second');
    await expect(prompt).toHaveCount(0);
    await expect(family).toHaveValue('kept-across-update');
  },
);
