import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { waitForEditor } from './monaco';

/**
 * The app at the two sizes people use most, light and dark: nothing of the toolbar is cut off and the
 * page never scrolls sideways. With UPDATE_SCREENSHOTS=1 it also writes docs/screenshots/*.png.
 */
const sizes = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  for (const size of sizes) {
    test(`at ${size.width}×${size.height} in the ${colorScheme} scheme the toolbar fits and nothing overflows sideways`, async ({
      page,
    }) => {
      test.slow();
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(size);
      await page.goto('/');
      await waitForEditor(page);
      const text = await readFile(new URL('./fixtures/describe-with-nulls.json', import.meta.url), 'utf8');
      const dataTransfer = await page.evaluateHandle((content) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], 'shop-api.json', { type: 'application/json' }));
        return transfer;
      }, text);
      await page.dispatchEvent('main', 'drop', { dataTransfer });
      await expect(page.getByRole('region', { name: 'Import report' })).toContainText('Imported shop-api.json');
      await expect(page.getByRole('list', { name: 'Problems list' })).toBeVisible();

      for (const button of await page.locator('header').getByRole('button').all()) {
        const box = (await button.boundingBox())!;
        expect(box.x + box.width, `${await button.textContent()} inside the window`).toBeLessThanOrEqual(size.width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      if (process.env.UPDATE_SCREENSHOTS) {
        await page.screenshot({ path: `docs/screenshots/app-${size.width}x${size.height}-${colorScheme}.png` });
      }
    });
  }
}
