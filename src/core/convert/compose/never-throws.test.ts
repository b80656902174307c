import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { importText, importerFor } from '../index';
import type { InputFormat } from '../types';

const FORMATS: InputFormat[] = ['compose', 'docker-run', 'kubernetes'];

/** Values shaped like compose and Kubernetes keys, so the mappers are reached, not only the parsers. */
const KEYS = [
  'image',
  'ports',
  'volumes',
  'environment',
  'healthcheck',
  'deploy',
  'command',
  'tmpfs',
  'ulimits',
  'depends_on',
  'logging',
  'containers',
  'env',
  'resources',
  'spec',
  'template',
  'x-a',
  '__proto__',
];
const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('80:80', '1m30s', '512Mi', '500m', '${X:-1}', './a:/b:ro', 'CMD'),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 5 }),
  ),
})).node;

/** Calls the importer itself (importText would turn a throw into a refusal and hide it). */
function check(text: string, format: InputFormat | 'auto') {
  const result = format === 'auto' ? importText(text, format) : importerFor(format)!.read(text, {});
  if (!result.ok) expect(result.message).not.toMatch(/could not be converted/);
  expect(typeof result.ok).toBe('boolean');
  for (const entry of result.report) expect(typeof entry.source).toBe('string');
}

describe('conversion never throws', () => {
  it('on arbitrary strings, in every format', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.constantFrom<InputFormat | 'auto'>('auto', ...FORMATS), check), {
      numRuns: 300,
    });
  });

  it('on arbitrary compose-shaped YAML', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 4 }), value, (services, volumes) => {
        check(stringify({ services, volumes }), 'compose');
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary Kubernetes-shaped YAML', () => {
    fc.assert(
      fc.property(fc.constantFrom('Pod', 'Deployment', 'CronJob', 'Job'), value, value, (kind, containers, spec) => {
        check(stringify({ apiVersion: 'v1', kind, spec: { containers, template: { spec } } }), 'kubernetes');
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary docker run words', () => {
    const word = fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.constantFrom('-p', '-e', '-v', '--mount', '--ulimit', '--health-cmd', '-it', '--log-opt', '--', '=', "'", '\\'),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => check(`docker run ${words.join(' ')}`, 'docker-run')),
      { numRuns: 300 },
    );
  });
});
