import { useAppUpdate } from './use-app-update';
import './app-update.css';

/**
 * "A new version is available": a toast in the bottom corner, over the page (it never moves the layout).
 * The status region is always in the page, empty until needed, so screen readers announce the message
 * when it appears; it takes no focus, so it never interrupts typing.
 */
export function UpdatePrompt() {
  const { updateWaiting, reload, dismiss } = useAppUpdate();
  return (
    <div className="app-update" role="status" aria-live="polite">
      {updateWaiting ? (
        <div className="app-update-toast" role="group" aria-label="Update">
          <p>
            <strong>A new version is available.</strong> Reloading keeps your work.
          </p>
          <div className="app-update-actions">
            <button type="button" className="button button-primary" onClick={reload}>
              Reload
            </button>
            <button type="button" className="button" onClick={dismiss}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
