import { starterDocument } from '../core/templates';

/** The document a new session starts with: the starter task definition (one nginx container), as the JSON view shows it. */
export const INITIAL_TEXT = `${JSON.stringify(starterDocument, null, 2)}\n`;
