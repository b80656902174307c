import { MAX_TEXT_LENGTH as MAX_INPUT_BYTES } from '../../document/store';

/** Reads a file's text, refusing (with the import's own size message) files far too big to be a task definition. */
export async function readFileText(file: File): Promise<string> {
  // Past the limit the import refuses anyway; reading only the start keeps a huge file from freezing the page.
  if (file.size > MAX_INPUT_BYTES) return (await file.slice(0, MAX_INPUT_BYTES + 1).text()) + ' '.repeat(16);
  return file.text();
}
