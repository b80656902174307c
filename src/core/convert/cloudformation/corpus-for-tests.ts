/** The real task definitions in ../shared/corpus/real, read through the import (restore) path, for the converter tests. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { JsonObject } from '../../issues';
import { restoreTaskDefinition, stripCommentsAndTrailingCommas } from '../../import-export';

export const corpusDir = new URL('../../../../../shared/corpus/real/', import.meta.url);

export const corpusAbsentMessage = `skipped: ${corpusDir.pathname} is absent`;

/** Each corpus file that imports, as the editor holds it after Import…. */
export function corpusDocuments(): { name: string; doc: JsonObject }[] {
  if (!existsSync(corpusDir)) return [];
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const raw = readFileSync(new URL(name, corpusDir), 'utf8');
      let result = restoreTaskDefinition(raw);
      if (!result.ok && result.canStripComments) result = restoreTaskDefinition(stripCommentsAndTrailingCommas(raw));
      return result.ok ? [{ name, doc: result.doc }] : [];
    });
}
