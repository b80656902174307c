import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Path } from '../paths';
import { validateSchema } from './validate-schema';

/** `../shared/corpus/real` relative to the repository root: real task definitions from public repositories. */
const corpusDir = fileURLToPath(new URL('../../../../shared/corpus/real', import.meta.url));
const corpusPresent = existsSync(corpusDir);

/** Files that parse as strict JSON (the corpus also holds a few that do not, e.g. with duplicate keys or comments). */
function corpusDocuments(): [string, unknown][] {
  if (!corpusPresent) return [];
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name): [string, unknown][] => {
      try {
        return [[name, JSON.parse(readFileSync(`${corpusDir}/${name}`, 'utf8')) as unknown]];
      } catch {
        return [];
      }
    });
}

/** True when every step of `path` exists in `doc`. */
function pathExists(doc: unknown, path: Path): boolean {
  let node = doc;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return true;
}

describe.skipIf(!corpusPresent)('validateSchema on the real-world corpus (../shared/corpus/real)', () => {
  const documents = corpusDocuments();

  it('finds corpus files to check', () => {
    expect(documents.length).toBeGreaterThan(10);
  });

  it.each(documents)('%s: never throws and locates every issue at an existing path or its parent', (_name, doc) => {
    const issues = validateSchema(doc);
    for (const issue of issues) {
      expect(issue.message.trim(), JSON.stringify(issue.path)).not.toBe('');
      expect(issue.source).toBe('schema');
      const located = pathExists(doc, issue.path) || pathExists(doc, issue.path.slice(0, -1));
      expect(located, `${issue.ruleId} at ${JSON.stringify(issue.path)}`).toBe(true);
      if (issue.ruleId === 'schema-unknown-key') expect(issue.severity).toBe('warning');
    }
  });
});

if (!corpusPresent) {
  it.skip(`validateSchema on the real-world corpus is skipped: the folder ${corpusDir} is absent`, () => {});
}
