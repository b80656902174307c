import { describe, expect, it } from 'vitest';
import { validateDocument } from '../validate';
import { TEMPLATES, starterDocument } from './index';

/** Blank leaves the required fields empty on purpose: these errors are its to-do list, and the only ones. */
const BLANK_TODO = ['family', 'containerDefinitions.0', 'containerDefinitions.0.name', 'containerDefinitions.0.image'];

describe('templates', () => {
  it.each(TEMPLATES.filter((t) => t.id !== 'blank').map((template) => [template.id, template] as const))(
    'gives the %s template no validation errors',
    (_id, template) => {
      const errors = validateDocument(template.document).filter((issue) => issue.severity === 'error');
      expect(errors).toEqual([]);
    },
  );

  it('gives the blank template errors only at the fields a task definition must fill in', () => {
    const errors = validateDocument(TEMPLATES.find((t) => t.id === 'blank')!.document).filter((issue) => issue.severity === 'error');
    expect(errors.map((issue) => issue.path.join('.')).sort()).toEqual([...BLANK_TODO].sort());
  });

  it('gives the starter document no validation errors', () => {
    expect(validateDocument(starterDocument).filter((issue) => issue.severity === 'error')).toEqual([]);
  });
});
