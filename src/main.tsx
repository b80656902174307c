import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startAutosave } from './document/autosave';
import { startHistory } from './document/history';
import { startValidation } from './document/validation-client';
import { openShareLinkFromLocation } from './features/share/open-from-location';
import './styles.css';

// A share link's document replaces the one on screen (not the saved one) before anything is drawn.
await openShareLinkFromLocation();
startAutosave();
startHistory();
// Validation (zod + ECS rules) runs in a Web Worker, started after the first screen; its issues appear a moment later.
startValidation();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
