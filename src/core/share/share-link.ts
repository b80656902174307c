/**
 * A task definition carried in a link's fragment (`#share=…`), compressed with lz-string. The fragment never
 * reaches any server: browsers do not send it, and the app reads it locally.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { looksSecret } from '../env-file';
import type { JsonValue } from '../issues';
import { isJsonObject } from '../import-export/json-value';

import { SHARE_PREFIX } from './share-prefix';

export { SHARE_PREFIX };

/**
 * Longest link we hand out. Chromium's address bar keeps about 32,000 characters (longer links are cut when copied
 * from it or pasted into it), Firefox and Safari more; 32,000 for the whole link stays within all of them.
 */
export const MAX_SHARE_LINK_LENGTH = 32_000;

export type ShareLink = { ok: true; url: string } | { ok: false; length: number; message: string };

/** The link to `base` (the page's URL without its fragment) that carries `text`, or why there is none. */
export function shareLinkFor(base: string, text: string): ShareLink {
  const url = `${base}${SHARE_PREFIX}${compressToEncodedURIComponent(text)}`;
  if (url.length <= MAX_SHARE_LINK_LENGTH) return { ok: true, url };
  return {
    ok: false,
    length: url.length,
    message: `The link would be ${url.length.toLocaleString('en-US')} characters long; browsers keep links up to about ${MAX_SHARE_LINK_LENGTH.toLocaleString('en-US')}. Share the file instead (Download).`,
  };
}

export type SharedText = { ok: true; text: string } | { ok: false; message: string } | null;

/** The text a fragment carries; `null` when the fragment is not a share link. */
export function readShareFragment(hash: string): SharedText {
  if (!hash.startsWith(SHARE_PREFIX)) return null;
  const payload = hash.slice(SHARE_PREFIX.length);
  let text: string | null = null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (text === null || text === '') {
    return { ok: false, message: 'This link does not hold a readable task definition: it was probably cut short when it was copied.' };
  }
  return { ok: true, text };
}

/** A value in the document that looks like a credential, named by where it is (`web: DB_PASSWORD`). */
export interface SecretLooking {
  where: string;
}

/** Environment variables and Docker labels whose name or value looks like a credential (the rules' detector). */
export function secretLookingValues(doc: JsonValue): SecretLooking[] {
  const found: SecretLooking[] = [];
  const containers = isJsonObject(doc) && Array.isArray(doc.containerDefinitions) ? doc.containerDefinitions : [];
  containers.forEach((container, i) => {
    if (!isJsonObject(container)) return;
    const name = typeof container.name === 'string' && container.name !== '' ? container.name : `container ${i + 1}`;
    const environment = Array.isArray(container.environment) ? container.environment : [];
    for (const variable of environment) {
      if (!isJsonObject(variable) || typeof variable.name !== 'string' || typeof variable.value !== 'string') continue;
      if (looksSecret(variable.name, variable.value)) found.push({ where: `${name}: ${variable.name}` });
    }
    const labels = isJsonObject(container.dockerLabels) ? container.dockerLabels : {};
    for (const [key, value] of Object.entries(labels)) {
      if (typeof value === 'string' && looksSecret(key, value)) found.push({ where: `${name}: label ${key}` });
    }
  });
  return found;
}
