import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

/** Playwright runs against the production build served by `vite preview`, in Chromium (see e2e/chromium.ts). */
const launchOptions = chromiumLaunchOptions;

/** Port and build folder can be moved so that several checkouts' suites can run side by side. */
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions,
    acceptDownloads: true,
    // The app registers a service worker (issue 9). Requests it answers from its cache never reach
    // `context.route`, which the offline guarantee in e2e/fixtures.ts relies on, and each fresh context would
    // download the whole precache in the background. So journeys run without it; e2e/offline.spec.ts alone
    // allows it (test.use) to check the offline load and the update prompt.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
