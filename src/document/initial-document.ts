import { getTemplate } from '../core/templates';

/** The document a new session starts with: the blank template, as the JSON view shows it. */
export const INITIAL_TEXT = `${JSON.stringify(getTemplate('blank')!.document, null, 2)}\n`;
