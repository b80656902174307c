/** The fragment that marks a share link (kept apart so the first screen need not load lz-string). */
export const SHARE_PREFIX = '#share=';
