/**
 * Environment rows shown in the frame of the interaction that shows a container (a switch, a load): about a
 * screenful. The rest (the tail) follow in a background render that yields to input, so a container with
 * 50 variables switches about as fast as one with 12 (see EnvironmentRows and the forms benchmark).
 */
export const FIRST_ROWS = 12;

/**
 * Environment rows shown at most until the user asks for more: a pasted file of thousands of variables would
 * otherwise commit thousands of rows in one task and freeze the page for seconds (issue 13). The rest are one
 * click away ("Show more"), and a focus request for a hidden row shows up to it.
 */
export const SHOWN_ROWS = 100;

/** How many rows to show so that `row` (0-based) is among them: whole steps of SHOWN_ROWS. */
export function rowsToShow(row: number): number {
  return (Math.floor(row / SHOWN_ROWS) + 1) * SHOWN_ROWS;
}
