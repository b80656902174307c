import { describe, expect, it } from 'vitest';
import { MAX_SHARE_LINK_LENGTH, readShareFragment, secretLookingValues, shareLinkFor } from './share-link';

const BASE = 'http://127.0.0.1:4173/';
const text = `${JSON.stringify({ family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27' }] }, null, 2)}\n`;

describe('share links', () => {
  it('carry the exact text in the fragment and read it back', () => {
    const link = shareLinkFor(BASE, text);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.url.startsWith(`${BASE}#share=`)).toBe(true);
    expect(readShareFragment(new URL(link.url).hash)).toEqual({ ok: true, text });
  });

  it('keep unicode and URL-unsafe characters', () => {
    const odd = '{"family": "wéb #1 & ?x=/%", "note": "日本語 😀"}';
    const link = shareLinkFor(BASE, odd);
    expect(link.ok && readShareFragment(new URL(link.url).hash)).toEqual({ ok: true, text: odd });
  });

  it('are refused, with the length and the advice to share the file, when longer than browsers keep', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed.toString(36));
    const noisy = JSON.stringify({ family: 'x', values: Array.from({ length: 6000 }, random) });
    const link = shareLinkFor(BASE, noisy);
    expect(link.ok).toBe(false);
    if (link.ok) return;
    expect(link.length).toBeGreaterThan(MAX_SHARE_LINK_LENGTH);
    expect(link.message).toMatch(/characters long; .* Share the file instead/);
  });

  it('say when a fragment was cut short, and ignore fragments that are not share links', () => {
    const link = shareLinkFor(BASE, text);
    const hash = link.ok ? new URL(link.url).hash : '';
    expect(readShareFragment(hash.slice(0, 20))).toMatchObject({ ok: false, message: expect.stringMatching(/cut short/) });
    expect(readShareFragment('#share=')).toMatchObject({ ok: false });
    expect(readShareFragment('#section-2')).toBeNull();
    expect(readShareFragment('')).toBeNull();
  });

  it('name the secret-looking variables and labels of each container', () => {
    const doc = {
      containerDefinitions: [
        {
          name: 'api',
          environment: [
            { name: 'DB_PASSWORD', value: 'hunter2hunter2' },
            { name: 'MODE', value: 'production' },
            { name: 'TOKEN_ARN', value: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:t' },
          ],
          dockerLabels: { 'api.key': 'AKIAIOSFODNN7EXAMPLE1234' },
        },
      ],
    };
    expect(secretLookingValues(doc)).toEqual([{ where: 'api: DB_PASSWORD' }, { where: 'api: label api.key' }]);
    expect(secretLookingValues({ family: 'x' })).toEqual([]);
  });
});
