/**
 * Browser benchmarks (issue: foundation): run in Chromium against a production build of the app.
 * Prints median and p95 for each figure; asserts nothing (tests check behaviour, not timings).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { makeLargeTaskDefinition } from './large-document';
import { runFormsInteractionBenchmark } from './forms-interaction';
import { runPasteAndAutosaveBenchmarks } from './paste-and-autosave';
import { median, p95, printRow } from './stats';

const OUT = 'dist-bench';
const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}`;
const STORAGE_KEY = 'ecs-taskdef-editor:text';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

async function startPreview(): Promise<ChildProcess> {
  // The server itself (not an npx wrapper), so that kill() stops it.
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--outDir', OUT, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error('vite preview did not start');
}

/** JavaScript the page loads before Monaco: the entry script and its static imports (modulepreload). */
function jsBeforeMonaco(): { files: string[]; gzipBytes: number } {
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const gzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(OUT, file))).length, 0);
  return { files, gzipBytes };
}

async function newPage(browser: Browser, text: string): Promise<Page> {
  // No service worker: each fresh context would otherwise download the whole precache during the measurement.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, text] as const);
  // tsx (esbuild, keepNames) wraps named functions in page.evaluate callbacks with __name(); define it in the page.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  return context.newPage();
}

async function markTime(page: Page, url: string, mark: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 30_000 });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
}

async function loadRatio(browser: Browser, text: string, runs = 7) {
  const app: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [list, url, mark] of [
      [app, `${BASE}/`, 'forms-interactive'],
      [bare, `${BASE}/bench/monaco-only.html`, 'document-shown'],
    ] as const) {
      const page = await newPage(browser, text);
      list.push(await markTime(page, url, mark));
      await page.context().close();
    }
  }
  return { app, bare, ratio: median(app) / median(bare) };
}

/** Keystroke in a form field → Monaco's model holds the new value. */
async function formToModel(page: Page, samples = 60): Promise<number[]> {
  const input = page.locator('[data-path="containerDefinitions.0.image"]');
  await input.click();
  await input.press('End');
  await page.evaluate(() => {
    const w = window as unknown as { __t0: number; __samples: number[] };
    w.__samples = [];
    document.addEventListener('keydown', () => (w.__t0 = performance.now()), true);
    window.__taskDefEditor!.onChange(() => w.__samples.push(performance.now() - w.__t0));
  });
  for (let i = 0; i < samples; i++) await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
  return page.evaluate(() => (window as unknown as { __samples: number[] }).__samples);
}

/** Keystroke in the JSON view → the form field shows the new value (debounce included). */
async function modelToForm(page: Page, samples = 30): Promise<number[]> {
  const text = await page.evaluate(() => window.__taskDefEditor!.getValue());
  const offset = text.indexOf('"family": "') + '"family": "'.length + 1;
  await page.evaluate((o) => window.__taskDefEditor!.setOffset(o), offset);
  const results: number[] = [];
  for (let i = 0; i < samples; i++) {
    // Arm the measurement first (awaited), then type, then collect: no race between the two.
    await page.evaluate(() => {
      const w = window as unknown as { __result: Promise<number> };
      w.__result = new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('[data-path="family"]')!;
        const before = input.value;
        const channel = new MessageChannel();
        let t0 = 0;
        channel.port1.onmessage = () => (input.value !== before ? resolve(performance.now() - t0) : channel.port2.postMessage(0));
        document.addEventListener('keydown', () => ((t0 = performance.now()), channel.port2.postMessage(0)), { capture: true, once: true });
      });
    });
    await page.keyboard.type('x');
    results.push(await page.evaluate(() => (window as unknown as { __result: Promise<number> }).__result));
    await page.waitForTimeout(120); // let the debounce settle so each sample is one keystroke
  }
  return results;
}

export async function runBrowserBenchmarks(): Promise<void> {
  const document = makeLargeTaskDefinition();
  const text = `${JSON.stringify(document, null, 2)}\n`;
  console.log(
    `\nBrowser benchmarks — large document: ${(document.containerDefinitions as unknown[]).length} containers, ${(text.length / 1024).toFixed(1)} KiB`,
  );
  await run('npx', ['vite', 'build', '--mode', 'test', '--outDir', OUT], { BENCH_BUILD: '1' });

  const js = jsBeforeMonaco();
  console.log(`JavaScript loaded before Monaco: ${(js.gzipBytes / 1024).toFixed(1)} KB gzip (${js.files.length} files; target ≤ 200 KB)`);

  const server = await startPreview();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const load = await loadRatio(browser, text);
    printRow('forms interactive (app)', load.app, 'ms');
    printRow('document shown (Monaco-only page)', load.bare, 'ms');
    console.log(`load ratio app ÷ Monaco-only (medians): ${load.ratio.toFixed(2)} (target ≤ 1.2)`);

    const page = await newPage(browser, text);
    await page.goto(`${BASE}/`);
    await page.waitForFunction(() => window.__taskDefEditor !== undefined);
    const formSamples = await formToModel(page);
    printRow('form keystroke → Monaco model', formSamples, 'ms', 'p95 target ≤ 16 ms');
    const codeSamples = await modelToForm(page);
    printRow('JSON keystroke → form field (incl. debounce)', codeSamples, 'ms', 'target ≤ 150 ms');
    console.log(
      `  (medians: ${median(formSamples).toFixed(2)} / ${median(codeSamples).toFixed(1)} ms; p95: ${p95(formSamples).toFixed(2)} / ${p95(codeSamples).toFixed(1)} ms)`,
    );
    await runPasteAndAutosaveBenchmarks(page, document);
    await runFormsInteractionBenchmark(page);
  } finally {
    await browser.close();
    server.kill();
  }
}
