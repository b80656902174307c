/**
 * Ctrl/Cmd+S asks for a download from anywhere on the page (the JSON view included); the Download button
 * listens and takes the same path as a click: the same checks, the same "export with errors?" question.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export function requestDownload(): void {
  for (const listener of listeners) listener();
}

/** Returns the function that stops listening. */
export function onDownloadRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
