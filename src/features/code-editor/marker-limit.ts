/**
 * Issue markers the JSON view shows at most. Monaco lays out and paints each one; 6,900 markers on a pasted line
 * froze the page for half a second per render (issue 13). Problems counts them all and says how many are marked.
 */
export const MAX_MARKERS = 500;
