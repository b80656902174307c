/** `npm run bench`: every benchmark of the project, printing figures (median and p95). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runBrowserBenchmarks } from './browser';

const only = process.argv[2];

if (!only || only === 'node') {
  for (const script of ['bench/validation.ts', 'bench/convert.ts', 'bench/adversarial.ts']) {
    if (!existsSync(script)) continue;
    console.log(`\n== ${script}`);
    spawnSync('npx', ['tsx', script], { stdio: 'inherit' });
  }
}
if (!only || only === 'browser') await runBrowserBenchmarks();
