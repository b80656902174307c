/** Reads compose and Kubernetes YAML (or JSON) with the `yaml` package: merge keys, anchors, several documents. */
import { LineCounter, parseAllDocuments } from 'yaml';

/** Largest input read: compose files and manifests are small, and the parser needs about 1.5 s per megabyte. */
export const MAX_INPUT_CHARS = 512 * 1024;

export type YamlDocuments = { ok: true; values: unknown[] } | { ok: false; message: string; line?: number };

/** Every document of `text` as plain values (aliases bounded: real files such as Sentry self-hosted need ~5000 expansions) (merge keys `<<` applied, aliases resolved); a syntax error says where. */
export function readYamlDocuments(text: string): YamlDocuments {
  if (text.length > MAX_INPUT_CHARS) return { ok: false, message: `The input is larger than ${MAX_INPUT_CHARS / 1024} KiB.` };
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { merge: true, uniqueKeys: false, lineCounter, prettyErrors: false });
  const list = Array.isArray(documents) ? documents : [];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) {
      const line = lineCounter.linePos(error.pos[0]).line;
      return { ok: false, message: `YAML syntax error at line ${line}: ${error.message.split('\n')[0]}`, line };
    }
  }
  try {
    return { ok: true, values: list.map((doc) => doc.toJS({ maxAliasCount: 10000 }) as unknown) };
  } catch (error) {
    return { ok: false, message: `The YAML cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
