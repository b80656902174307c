import { test as base, expect } from '@playwright/test';

/**
 * Every journey runs through this fixture: it blocks and records any request to an origin other than
 * the page's own, and fails the test if there was one. That is the "nothing leaves the browser" promise.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const own = new URL(baseURL!).origin;
      const foreign: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === own) return route.continue();
        foreign.push(url);
        return route.abort();
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
