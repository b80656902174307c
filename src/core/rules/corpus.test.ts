import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { getAtPath } from '../paths';
import { validateDocument } from '../validate';
import { INTERNAL_ERROR_RULE_ID, runRules } from './index';
import { isPlaceholder } from './read';

const CORPUS = new URL('../../../../shared/corpus/real/', import.meta.url);
const READ_ONLY_MARKERS = ['taskDefinitionArn', 'revision', 'status', 'registeredAt'];

interface CorpusFile {
  name: string;
  /** The task definition (unwrapped from {"taskDefinition": …}), or a wrapped bare container list. */
  doc: unknown;
  describeOutput: boolean;
  containerList: boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function load(name: string): CorpusFile {
  const text = readFileSync(new URL(name, CORPUS), 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = parse(text); // tolerant: comments, trailing commas
  }
  if (Array.isArray(value)) return { name, doc: { containerDefinitions: value }, describeOutput: false, containerList: true };
  const inner = isObject(value) && isObject(value.taskDefinition) ? value.taskDefinition : value;
  const describeOutput = isObject(inner) && READ_ONLY_MARKERS.some((key) => key in inner);
  return { name, doc: inner, describeOutput, containerList: false };
}

const present = existsSync(fileURLToPath(CORPUS));
const files = present
  ? readdirSync(fileURLToPath(CORPUS))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map(load)
  : [];
const registered = files.filter((f) => f.describeOutput);

describe.skipIf(!present)('real-world corpus (../shared/corpus/real)', () => {
  it('contains describe-task-definition output to check against', () => {
    expect(registered.length).toBeGreaterThan(0);
  });

  it.each(registered.map((f) => [f.name, f] as const))('finds no error in %s, which AWS registered', (_name, file) => {
    const errors = runRules(file.doc).filter((i) => i.severity === 'error');
    expect(errors).toEqual([]);
  });

  it.each(files.map((f) => [f.name, f] as const))('runs every rule on %s without an internal error', (_name, file) => {
    expect(runRules(file.doc).filter((i) => i.ruleId === INTERNAL_ERROR_RULE_ID)).toEqual([]);
  });

  it.each(files.map((f) => [f.name, f] as const))('reports no error on a placeholder value in %s', (_name, file) => {
    const onPlaceholders = validateDocument(file.doc).filter((i) => i.severity === 'error' && isPlaceholder(getAtPath(file.doc, i.path)));
    expect(onPlaceholders).toEqual([]);
  });
});

describe.skipIf(present)('real-world corpus', () => {
  it('is skipped because ../shared/corpus/real is absent', () => {
    expect(present).toBe(false);
  });
});
