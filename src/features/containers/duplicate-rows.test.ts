import { describe, expect, it } from 'vitest';
import { otherRowsText } from './duplicate-rows';

describe('the rows a duplicate note names', () => {
  it('names the one other row, 1-based', () => {
    expect(otherRowsText([0, 3], 0)).toBe('row 4');
  });

  it('names several other rows, leaving the row itself out', () => {
    expect(otherRowsText([1, 2, 5], 2)).toBe('rows 2, 6');
  });

  it('is empty when no other row has the name', () => {
    expect(otherRowsText([7], 7)).toBe('');
  });

  it('names five rows and counts the rest, so 2,300 rows of one name do not make each note list 2,299', () => {
    const rows = Array.from({ length: 2300 }, (_, i) => i);
    const text = otherRowsText(rows, 0);
    expect(text).toBe('rows 2, 3, 4, 5, 6 and 2,294 more');
  });
});
