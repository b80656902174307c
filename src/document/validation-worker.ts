/**
 * The validation worker: runs the same core validation as the CLI (`validateDocument`: zod schema + ECS rules) off
 * the main thread, so a hostile or huge document never freezes typing. One message in (`{ id, doc }`), one out
 * (`{ id, issues }`). Loaded through Vite's `?worker` import by validation-client.ts.
 */
import type { Issue } from '../core/issues';
import { validateDocument } from '../core/validate';

export interface ValidationRequest {
  id: number;
  doc: unknown;
}

export interface ValidationReply {
  id: number;
  issues: Issue[];
}

self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const { id, doc } = event.data;
  const reply: ValidationReply = { id, issues: validateDocument(doc) };
  self.postMessage(reply);
};
