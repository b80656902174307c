/**
 * Validation benchmark (run: npx tsx bench/validation.ts). Times validateDocument (zod schema + ECS rules) on the
 * 10-container ~60 KiB document of bench/large-document.ts, compares it with Ajv on the JSON Schema exported for the
 * editor (types/enums/ranges only, no cross-field rules), and measures throughput over the real-world corpus.
 * Target: median <= 2 ms for the large document. Prints figures; asserts nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Ajv } from 'ajv';
import { parse } from 'jsonc-parser';
import { runRules } from '../src/core/rules/index';
import { taskDefinitionJsonSchema } from '../src/core/schema/json-schema';
import { validateSchema } from '../src/core/schema/validate-schema';
import { validateDocument } from '../src/core/validate';
import { makeLargeTaskDefinition } from './large-document';
import { median, printRow } from './stats';

const WARMUP = 200;
const RUNS = 1000;

function time(fn: () => unknown, runs = RUNS, warmup = WARMUP): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

function corpusDocuments(): unknown[] {
  const dir = new URL('../../shared/corpus/real/', import.meta.url);
  if (!existsSync(dir)) return [];
  const docs: unknown[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const value: unknown = parse(readFileSync(new URL(name, dir), 'utf8'));
    const inner =
      typeof value === 'object' && value !== null && 'taskDefinition' in value
        ? (value as { taskDefinition: unknown }).taskDefinition
        : value;
    docs.push(inner);
  }
  return docs;
}

const doc = makeLargeTaskDefinition();
const pretty = JSON.stringify(doc, null, 2);
const containers = (doc.containerDefinitions as unknown[]).length;
console.log(
  `Large document: ${containers} containers, ${(pretty.length / 1024).toFixed(1)} KiB pretty-printed, ${(JSON.stringify(doc).length / 1024).toFixed(1)} KiB compact; ${validateDocument(doc).length} issues.`,
);

const ours = time(() => validateDocument(doc));
printRow('validateDocument (schema + rules)', ours, 'ms', median(ours) <= 2 ? 'target <= 2 ms met' : 'OVER the 2 ms target');
const schemaOnly = time(() => validateSchema(doc));
printRow('  of which validateSchema (zod)', schemaOnly, 'ms');
printRow(
  '  of which runRules',
  time(() => runRules(doc)),
  'ms',
);

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(taskDefinitionJsonSchema());
const ajvTimes = time(() => validate(doc));
printRow('Ajv (allErrors, JSON Schema only)', ajvTimes, 'ms', `valid=${String(validate(doc))}`);
const ratio = median(ours) / median(ajvTimes);
console.log(
  `Ratio validateDocument / Ajv (medians): ${ratio.toFixed(1)}x (goal <= 2${ratio <= 2 ? ', met' : ', NOT met'}; Ajv checks no cross-field rule)`,
);
console.log(`Like for like, schema only: zod / Ajv (medians): ${(median(schemaOnly) / median(ajvTimes)).toFixed(1)}x`);

const corpus = corpusDocuments();
if (corpus.length === 0) {
  console.log('Corpus ../shared/corpus/real not found: throughput skipped.');
} else {
  for (const d of corpus) validateDocument(d);
  const rounds = 50;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of corpus) validateDocument(d);
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `Corpus throughput: ${Math.round((rounds * corpus.length) / seconds)} documents/s (${corpus.length} documents x ${rounds} rounds).`,
  );
}
