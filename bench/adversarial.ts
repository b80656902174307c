/**
 * Hostile-input benchmark (run: npx tsx bench/adversarial.ts [--quick]). Lints each generated adversarial file of
 * src/testing/adversarial-inputs.ts (deep nesting, huge arrays, many keys, comments, lone CRs …) with the CLI in
 * memory, at just under the 64 KiB ECS limit, and prints the time per kind and the worst one; also the editor's
 * import path (restoreTaskDefinition) on the same text. Then a size-doubling series per kind up to ~1 MiB shows the
 * growth: a ratio near 2 per doubling is linear, near 4 quadratic. A series stops once a step passes 5 s.
 * Target: every file under 64 KiB well under a second. Prints figures; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { runCli } from '../src/cli/run-cli';
import { memoryIo } from '../src/cli/test-io';
import { restoreTaskDefinition } from '../src/core/import-export';
import { ADVERSARIAL_KINDS } from '../src/testing/adversarial-inputs';

const quick = process.argv.includes('--quick');

interface Outcome {
  ms: number;
  exit: number | string;
}

function lintOnce(text: string): Outcome {
  const io = memoryIo({ 'input.json': text });
  const start = performance.now();
  let exit: number | string;
  try {
    exit = runCli(['lint', '--format', 'json', 'input.json'], io);
  } catch (error) {
    exit = `threw ${error instanceof Error ? error.constructor.name : 'value'}`;
  }
  return { ms: performance.now() - start, exit };
}

function importOnce(text: string): Outcome {
  const start = performance.now();
  let exit: number | string;
  try {
    exit = restoreTaskDefinition(text).ok ? 'ok' : 'refused';
  } catch (error) {
    exit = `threw ${error instanceof Error ? error.constructor.name : 'value'}`;
  }
  return { ms: performance.now() - start, exit };
}

const kib = (text: string) => `${(text.length / 1024).toFixed(0)} KiB`;

// Warm up the schema and the rules once, so the first kind does not pay for module initialisation.
lintOnce(ADVERSARIAL_KINDS[0]!.make(10));

console.log('Lint of one adversarial file just under 64 KiB (CLI, --format json, in memory):');
let worst = { id: '', ms: 0 };
let worstImport = { id: '', ms: 0 };
for (const kind of ADVERSARIAL_KINDS) {
  const text = kind.make(kind.at64KiB);
  const lint = lintOnce(text);
  const imported = importOnce(text);
  if (lint.ms > worst.ms) worst = { id: kind.id, ms: lint.ms };
  if (imported.ms > worstImport.ms) worstImport = { id: kind.id, ms: imported.ms };
  console.log(
    `  ${kind.id.padEnd(20)} ${kib(text).padStart(7)}  lint ${lint.ms.toFixed(1).padStart(8)} ms (exit ${lint.exit})  ` +
      `import ${imported.ms.toFixed(1).padStart(8)} ms (${imported.exit})  ${kind.what}`,
  );
}
console.log(`Worst per-file lint time: ${worst.ms.toFixed(1)} ms (${worst.id}); target well under 1000 ms.`);
console.log(`Worst per-file import time: ${worstImport.ms.toFixed(1)} ms (${worstImport.id}).`);

console.log('\nSize-doubling series (lint time; ratio per doubling ~2 = linear, ~4 = quadratic):');
const steps = quick ? 3 : 5;
for (const kind of ADVERSARIAL_KINDS) {
  const cells: string[] = [];
  let previous: number | undefined;
  for (let step = 0; step < steps; step++) {
    const n = Math.round((kind.at64KiB / 2) * 2 ** step);
    const text = kind.make(n);
    const { ms } = lintOnce(text);
    const ratio = previous !== undefined && previous > 0.5 ? ` x${(ms / previous).toFixed(1)}` : '';
    cells.push(`${kib(text)} ${ms.toFixed(0)} ms${ratio}`);
    previous = ms;
    if (ms > 5000) {
      cells.push('(stopped)');
      break;
    }
  }
  console.log(`  ${kind.id.padEnd(20)} ${cells.join(' | ')}`);
}
