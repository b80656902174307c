import { describe, expect, it } from 'vitest';
import { validateDocument } from '../validate';
import { TEMPLATES } from './index';

describe('templates', () => {
  it.each(TEMPLATES.map((template) => [template.id, template] as const))('gives the %s template no validation errors', (_id, template) => {
    const errors = validateDocument(template.document).filter((issue) => issue.severity === 'error');
    expect(errors).toEqual([]);
  });
});
