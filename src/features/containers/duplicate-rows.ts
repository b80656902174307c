/** Rows named in a duplicate note at most: 2,300 rows of one name made each note list 2,299 rows (issue 13). */
const LISTED_ROWS = 5;

/**
 * "row 4", "rows 2, 4" or "rows 2, 3, 4, 5, 6 and 2,294 more": the rows (1-based) other than `row` among
 * `rows` (0-based), or "" when there are none.
 */
export function otherRowsText(rows: readonly number[], row: number): string {
  const others: number[] = [];
  let count = 0;
  for (const other of rows) {
    if (other === row) continue;
    count++;
    if (others.length < LISTED_ROWS) others.push(other + 1);
  }
  if (count === 0) return '';
  const more = count - others.length;
  return `${count === 1 ? 'row' : 'rows'} ${others.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en-US')} more` : ''}`;
}
