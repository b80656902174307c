/**
 * Environment rows shown in the frame of the interaction that shows a container (a switch, a load): about a
 * screenful. The rest (the tail) follow in a background render that yields to input, so a container with
 * 50 variables switches about as fast as one with 12 (see EnvironmentRows and the forms benchmark).
 */
export const FIRST_ROWS = 12;
