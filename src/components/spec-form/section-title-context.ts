import { createContext } from 'react';

/** The title of the section being rendered, so a group that repeats it does not show it twice. */
export const SectionTitleContext = createContext<string | null>(null);
