import { useRegisterSW } from 'virtual:pwa-register/react';

/** How often an open tab asks the server whether a new build is out (a reload or a new visit also asks). */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** What the update prompt needs: whether a new build is waiting, and the two answers to it. */
export interface AppUpdate {
  /** A new build is installed and waits for the user to accept it. */
  updateWaiting: boolean;
  /** Activates the waiting build; the page reloads once it controls the page (autosave keeps the work). */
  reload: () => void;
  /** Hides the prompt; the new build then starts the next time every tab of the editor is closed. */
  dismiss: () => void;
}

/**
 * Registers the service worker built by vite-plugin-pwa (in `vite build` output only: in dev mode the
 * virtual module does nothing) and reports when a new build waits. Registration waits for the page's
 * `load` event, so precaching never competes with the first screen.
 */
export function useAppUpdate(): AppUpdate {
  const {
    needRefresh: [updateWaiting, setUpdateWaiting],
    updateServiceWorker,
  } = useRegisterSW({
    immediate: false,
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        // Offline, or a check already under way: nothing to ask. A failed check (server down) is not news.
        if (!navigator.onLine || registration.installing) return;
        registration.update().catch(() => undefined);
      }, UPDATE_CHECK_INTERVAL_MS);
    },
  });
  return {
    updateWaiting,
    reload: () => void updateServiceWorker(true),
    dismiss: () => setUpdateWaiting(false),
  };
}
