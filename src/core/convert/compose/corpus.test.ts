/**
 * Converts every real compose file of a local corpus folder (never committed: the files belong to their projects):
 * `COMPOSE_CORPUS=/path`, or `../shared/corpus/compose` from the repository root. Skips, saying so, when absent.
 * Checks that every file converts without throwing, and prints the figures (files, services, report entries by kind).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importerFor } from '../index';

/** The compose key a report entry is about: `services.web.ports.0` → `ports`, `volumes.data` → `volumes` (top level). */
function kindOf(source: string): string {
  const parts = source.split('.');
  if (source === '') return '(task)';
  if (parts[0] === 'services') return parts[2] ?? '(service)';
  return `(top) ${parts[0]}`;
}

const folder = process.env.COMPOSE_CORPUS ?? resolve(process.cwd(), '../shared/corpus/compose');
const files = existsSync(folder) ? readdirSync(folder).filter((f) => /\.(ya?ml|json)$/.test(f)) : [];

describe.skipIf(files.length === 0)(`compose corpus in ${folder}`, () => {
  it('converts every file, on Fargate and on EC2, without throwing', () => {
    const compose = importerFor('compose')!;
    const kinds = new Map<string, number>();
    let services = 0;
    let refused = 0;
    for (const file of files) {
      const text = readFileSync(join(folder, file), 'utf8');
      for (const launchType of ['fargate', 'ec2'] as const) {
        const result = compose.read(text, { launchType, fileName: file });
        if (!result.ok) {
          refused++;
          console.log(`refused ${file}: ${result.message}`);
          continue;
        }
        if (launchType === 'fargate') services += (result.doc.containerDefinitions as unknown[]).length;
        for (const entry of result.report) {
          const key = `${launchType}\t${entry.severity}\t${kindOf(entry.source)}`;
          kinds.set(key, (kinds.get(key) ?? 0) + 1);
        }
      }
    }
    const table = [...kinds.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}\t${k}`);
    console.log(`compose corpus: ${files.length} files, ${services} services, ${refused} refused\n${table.join('\n')}`);
    expect(refused).toBe(0);
  });
});

if (files.length === 0) {
  describe('compose corpus', () => {
    it.skip(`skipped: no compose files in ${folder} (set COMPOSE_CORPUS to a folder of real compose files)`, () => {});
  });
}
