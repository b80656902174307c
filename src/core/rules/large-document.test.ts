import { describe, expect, it } from 'vitest';
import { makeLargeTaskDefinition } from '../../../bench/large-document';
import { validateDocument } from '../validate';
import { measureLimits } from './limits';

describe('benchmark document (bench/large-document.ts)', () => {
  it('has 10 containers and 55-65 KiB of indented JSON, under the 64 KiB limit when compact', () => {
    const doc = makeLargeTaskDefinition();
    const text = JSON.stringify(doc, null, 2);
    expect((doc.containerDefinitions as unknown[]).length).toBe(10);
    expect(text.length).toBeGreaterThanOrEqual(55 * 1024);
    expect(text.length).toBeLessThanOrEqual(65 * 1024);
    expect(measureLimits(text, doc)).toMatchObject({ bytesLevel: 'ok', containersLevel: 'warning' });
  });

  it('is valid: no schema or rule issue at all', () => {
    expect(validateDocument(makeLargeTaskDefinition())).toEqual([]);
  });

  it('returns a fresh copy on each call', () => {
    const a = makeLargeTaskDefinition() as { containerDefinitions: { mountPoints: unknown[] }[] };
    a.containerDefinitions[0]!.mountPoints.pop();
    a.containerDefinitions.pop();
    expect(makeLargeTaskDefinition()).toEqual(makeLargeTaskDefinition());
    expect((makeLargeTaskDefinition().containerDefinitions as { mountPoints: unknown[] }[])[0]!.mountPoints).toHaveLength(1);
  });
});
