/**
 * Starts validation for the app. In the browser the issues are computed in a module Web Worker
 * (validation-worker.ts, the same `validateDocument` as the CLI): a document with thousands of problems, or one
 * built to be slow, costs the page only the structured clone of the document, never a frozen editor. Where workers
 * are unavailable, or the worker fails, validation falls back to the main thread (loaded lazily, as before).
 */
import type { Issue, JsonObject } from '../core/issues';
import { installValidationWorker, installValidator } from './store';
import ValidationWorker from './validation-worker?worker';
import type { ValidationReply, ValidationRequest } from './validation-worker';

const loadValidate = () => import('../core/validate');

function fallBackToMainThread(): void {
  void loadValidate().then(({ validateDocument }) => installValidator(validateDocument));
}

/** Installs the worker as the store's validator; on any failure, the main-thread validator instead. */
export function startValidation(): void {
  let worker: Worker;
  try {
    worker = new ValidationWorker();
  } catch {
    fallBackToMainThread();
    return;
  }
  let nextId = 0;
  const waiting = new Map<number, { resolve: (issues: Issue[]) => void; reject: (error: unknown) => void }>();
  worker.onmessage = (event: MessageEvent<ValidationReply>) => {
    const pending = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    pending?.resolve(event.data.issues);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    for (const pending of waiting.values()) pending.reject(new Error(event.message));
    waiting.clear();
    fallBackToMainThread();
  };
  installValidationWorker(
    (doc: JsonObject) =>
      new Promise<Issue[]>((resolve, reject) => {
        const id = ++nextId;
        waiting.set(id, { resolve, reject });
        const request: ValidationRequest = { id, doc };
        worker.postMessage(request);
      }),
  );
}
