/**
 * Form interaction benchmark (issue: every field): in a 10-container document, how long switching to
 * another container and opening a collapsed section take, from the click until the new content is
 * rendered and laid out (the work of one interaction; target p95 ≤ 16 ms, one frame).
 *
 * Measured in the page: `performance.now()` before `element.click()`, then a tight MessageChannel loop
 * until the expected content is in the DOM (a section's toggle event and its render run in a later task),
 * then a forced layout. Paint is not included: in headless Chromium it waits for the next vsync, which
 * would measure the frame clock, not our work.
 */
import type { Page } from '@playwright/test';
import { printRow } from './stats';

interface Samples {
  switchContainer: number[];
  openSection: number[];
}

/** In the page: clicks `clickSelector`, resolves with the ms until `readySelector` matches and layout is done. */
function timeClick(page: Page, clickSelector: string, readySelector: string): Promise<number> {
  return page.evaluate(
    ([click, ready]) =>
      new Promise<number>((resolve, reject) => {
        const target = document.querySelector<HTMLElement>(click);
        if (!target) return reject(new Error(`nothing matches ${click}`));
        const channel = new MessageChannel();
        const t0 = performance.now();
        channel.port1.onmessage = () => {
          if (document.querySelector(ready)) {
            document.body.getBoundingClientRect(); // style and layout of the change
            resolve(performance.now() - t0);
          } else if (performance.now() - t0 > 2000) reject(new Error(`${ready} did not appear`));
          else channel.port2.postMessage(0);
        };
        target.click();
        channel.port2.postMessage(0);
      }),
    [clickSelector, readySelector] as const,
  );
}

const idle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

/** The container list's select buttons (the first button of each item). */
const CONTAINER_BUTTON = (i: number) => `ul[aria-label="Containers"] > li:nth-child(${i + 1}) button`;

/**
 * Runs the benchmark on a page that shows the app with a document of 10 containers loaded (as
 * `runBrowserBenchmarks` prepares it), prints median and p95 of each figure and returns the samples.
 */
export async function runFormsInteractionBenchmark(page: Page, rounds = 3): Promise<Samples> {
  await page.waitForSelector(CONTAINER_BUTTON(0));
  const count = await page.locator('ul[aria-label="Containers"] > li').count();
  const samples: Samples = { switchContainer: [], openSection: [] };

  for (let round = 0; round < rounds; round++) {
    for (let step = 1; step <= count; step++) {
      const i = step % count;
      samples.switchContainer.push(await timeClick(page, CONTAINER_BUTTON(i), `[data-path="containerDefinitions.${i}.name"]`));
      await idle(page);

      // Open each collapsed section of this container once, then close it again (closing is not measured).
      const sections = await page.locator('.forms details:not([open]) > summary').count();
      for (let s = 0; s < Math.min(sections, 4); s++) {
        const nth = (round * 4 + s) % sections;
        const summary = `#bench-section`;
        await page.evaluate((n) => {
          document.getElementById('bench-section')?.removeAttribute('id');
          const closed = [...document.querySelectorAll('.forms details:not([open]) > summary')];
          closed[n % closed.length]!.id = 'bench-section';
        }, nth);
        samples.openSection.push(await timeClick(page, summary, 'details[open] > #bench-section + *'));
        await idle(page);
        await page.evaluate(() => document.getElementById('bench-section')?.click());
        await idle(page);
      }
    }
  }

  printRow('switch container (10-container document)', samples.switchContainer, 'ms', 'click → rendered and laid out; p95 target ≤ 16 ms');
  printRow('open a collapsed section', samples.openSection, 'ms', 'click → rendered and laid out; p95 target ≤ 16 ms');
  return samples;
}
