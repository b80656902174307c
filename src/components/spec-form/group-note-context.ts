import { createContext } from 'react';

/**
 * The reason a group (object, list, map) is forbidden or ignored, when it has one. Fields inside the group
 * that are affected for the same reason do not repeat the note; they are still disabled when empty.
 */
export const GroupNoteContext = createContext<string | null>(null);
