import { existsSync } from 'node:fs';

const systemChromium = '/usr/bin/chromium';

/**
 * How Playwright launches Chromium, for the journeys and the benchmarks alike: Debian's Chromium where it is
 * installed (this project's machines and CI cannot download Playwright's own browser), with the flags that
 * keep it from reaching out to the network; elsewhere Playwright's bundled Chromium.
 */
export const chromiumLaunchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }
  : {};
