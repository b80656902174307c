// Vitest setup: the app installs the validator lazily (main.tsx); tests get it from the start.
import { validateDocument } from '../core/validate';
import { installValidator } from '../document/store';

installValidator(validateDocument);
