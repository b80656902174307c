import { describe, expect, it } from 'vitest';
import { hasPlaceholder, isWholePlaceholder } from './placeholders';

describe('placeholders', () => {
  it.each(['${IMAGE}', '<IMAGE>', '{{ .Image }}', '$$$IMAGE$$$', 'repo:${TAG}', 'arn:aws:iam::<ACCOUNT_ID>:role/x'])(
    'recognises %s as a placeholder',
    (value) => {
      expect(hasPlaceholder(value)).toBe(true);
    },
  );

  it.each(['nginx:latest', 'arn:aws:iam::123456789012:role/x', 'a < b', 'price $5'])('does not flag %s', (value) => {
    expect(hasPlaceholder(value)).toBe(false);
  });

  it('tells a whole-value placeholder from an embedded one', () => {
    expect(isWholePlaceholder(' ${CPU} ')).toBe(true);
    expect(isWholePlaceholder('repo:${TAG}')).toBe(false);
  });
});
