import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allContainerSections, apiDocs } from './container';
import type { FieldSpec } from './types';

interface Shape {
  type: string;
  members?: Record<string, { shape: string }>;
  member?: { shape: string };
}
const model = JSON.parse(readFileSync(new URL('../../../data/aws-model/ecs-taskdef-model.json', import.meta.url), 'utf8')) as {
  shapes: Record<string, Shape>;
};
const shapes = model.shapes;

/** The structure (or union) a member's values are made of: the shape itself, or a list's item shape. */
function innerStructure(shapeName: string): string | undefined {
  const shape = shapes[shapeName]!;
  if (shape.type === 'structure' || shape.type === 'union') return shapeName;
  if (shape.type === 'list') return innerStructure(shape.member!.shape);
  return undefined;
}

/** Every member path under `shapeName` (`healthCheck.interval`, `portMappings.name` …). */
function modelPaths(shapeName: string, prefix = ''): string[] {
  return Object.entries(shapes[shapeName]!.members ?? {}).flatMap(([key, { shape }]) => {
    const inner = innerStructure(shape);
    return [`${prefix}${key}`, ...(inner ? modelPaths(inner, `${prefix}${key}.`) : [])];
  });
}

function specEntries(fields: readonly FieldSpec[], holder: string, prefix = ''): { path: string; spec: FieldSpec; holder: string }[] {
  return fields.flatMap((spec) => {
    const path = `${prefix}${spec.key}`;
    const own = { path, spec, holder };
    if (spec.kind !== 'object' && spec.kind !== 'object-list') return [own];
    const inner = innerStructure(shapes[holder]!.members![spec.key]!.shape)!;
    return [own, ...specEntries(spec.fields, inner, `${path}.`)];
  });
}

const entries = allContainerSections.flatMap((section) => specEntries(section.fields, 'ContainerDefinition'));

describe('container field specs', () => {
  it('reach every member of ContainerDefinition, nested shapes included', () => {
    const specPaths = new Set(entries.map((e) => e.path));
    expect(modelPaths('ContainerDefinition').filter((path) => !specPaths.has(path))).toEqual([]);
  });

  it('name only members that exist, each once', () => {
    const modelSet = new Set(modelPaths('ContainerDefinition'));
    const paths = entries.map((e) => e.path);
    expect(paths.filter((path) => !modelSet.has(path))).toEqual([]);
    expect(paths.filter((path, i) => paths.indexOf(path) !== i)).toEqual([]);
  });

  it('give every field a label, one line of help and the reference page of the shape that holds it', () => {
    for (const { path, spec, holder } of entries) {
      expect(spec.label, path).not.toBe('');
      expect(spec.help, path).toMatch(/^\S.{8,120}$/);
      expect(spec.docs, path).toBe(apiDocs(holder));
    }
  });

  it('offer exactly the model’s values for enums', () => {
    const enumOf = (holder: string, key: string) => (shapes[shapes[holder]!.members![key]!.shape] as { enum?: string[] }).enum;
    for (const { path, spec, holder } of entries) {
      if (spec.kind === 'enum') expect([...spec.options].sort(), path).toEqual([...enumOf(holder, spec.key)!].sort());
    }
  });
});
