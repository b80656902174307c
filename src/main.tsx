import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startAutosave } from './document/autosave';
import { startHistory } from './document/history';
import { installValidator } from './document/store';
import { openShareLinkFromLocation } from './features/share/open-from-location';
import './styles.css';

// A share link's document replaces the one on screen (not the saved one) before anything is drawn.
await openShareLinkFromLocation();
startAutosave();
startHistory();
// Validation (zod + ECS rules) loads right after the first screen; its issues appear a moment later.
void import('./core/validate').then(({ validateDocument }) => installValidator(validateDocument));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
