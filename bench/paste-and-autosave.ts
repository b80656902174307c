/**
 * Issue "import anything": paste of a large document until forms, markers and problems are ready, and
 * what autosave costs a keystroke. Runs in an already loaded app page (see browser.ts).
 */
import type { Page } from '@playwright/test';
import { printRow } from './stats';

/** A copy of the large document with a few known problems, so "markers and problems ready" is observable. */
export function withKnownProblems(document: Record<string, unknown>): { text: string; family: string; errors: number } {
  const copy = structuredClone(document) as { family: string; containerDefinitions: { portMappings?: { hostPort?: number }[] }[] };
  copy.family = 'pasted-large-task';
  let errors = 0;
  for (const container of copy.containerDefinitions) {
    const mapping = container.portMappings?.[0];
    if (mapping) {
      mapping.hostPort = 1; // awsvpc: host port must equal container port → one error each
      errors++;
    }
  }
  return { text: `${JSON.stringify(copy, null, 2)}\n`, family: copy.family, errors };
}

/** Ctrl+V of the whole document in the JSON view → family shown in the form, markers and problems listed. */
export async function pasteUntilReady(page: Page, text: string, family: string, errors: number, runs = 7): Promise<number[]> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const results: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.evaluate((t) => navigator.clipboard.writeText(t), run % 2 === 0 ? text : text.replace(family, `${family}-b`));
    const expected = run % 2 === 0 ? family : `${family}-b`;
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.evaluate(
      ([name, expectedErrors]) => {
        const w = window as unknown as { __result: Promise<number> };
        w.__result = new Promise<number>((resolve) => {
          let t0 = 0;
          const ready = () => {
            const familyShown = document.querySelector<HTMLInputElement>('[data-path="family"]')?.value === name;
            const markers = window.__taskDefEditor!.markers().filter((m) => m.severity === 8).length;
            const problems = document.querySelectorAll('.problem-error').length;
            return familyShown && markers === expectedErrors && problems === expectedErrors;
          };
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (ready() ? resolve(performance.now() - t0) : setTimeout(() => channel.port2.postMessage(0), 1));
          document.addEventListener('keydown', () => ((t0 = performance.now()), channel.port2.postMessage(0)), {
            capture: true,
            once: true,
          });
        });
      },
      [expected, errors] as const,
    );
    await page.keyboard.press('ControlOrMeta+V');
    results.push(await page.evaluate(() => (window as unknown as { __result: Promise<number> }).__result));
  }
  return results;
}

/** How long one autosave write of the current text takes: the most it can hold up a keystroke. */
export async function autosaveCost(page: Page, samples = 60): Promise<number[]> {
  return page.evaluate((n) => {
    const text = window.__taskDefEditor!.getValue();
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      localStorage.setItem('ecs-taskdef-editor:bench', text + i);
      times.push(performance.now() - t0);
    }
    localStorage.removeItem('ecs-taskdef-editor:bench');
    return times;
  }, samples);
}

export async function runPasteAndAutosaveBenchmarks(page: Page, document: Record<string, unknown>): Promise<void> {
  const { text, family, errors } = withKnownProblems(document);
  const samples = await pasteUntilReady(page, text, family, errors);
  printRow(`paste 60 KiB document → forms, ${errors} markers and problems ready`, samples, 'ms', 'target ≤ 300 ms');
  printRow('autosave write of the document (max delay to a keystroke)', await autosaveCost(page), 'ms', 'p95 target ≤ 4 ms');
}
