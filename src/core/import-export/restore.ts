import type { JsonValue } from '../issues';
import { analyseDocument } from './analyse';
import { removeReadOnlyAndNulls } from './clean';
import { scanJson, type DuplicateKeyHit } from './json-scan';
import { describePath, quoteForMessage } from './json-value';
import { unwrapTaskDefinition, type DocumentShape } from './shapes';
import type { DuplicateKeyEntry, ImportReport, NoteEntry, RestoreFailure, RestoreResult } from './types';
import { MAX_YAML_CHARS, readYaml } from './yaml-input';

/** Largest text accepted (UTF-8 bytes). A registered task definition is at most 64 KiB; pretty-printed describe output a few times that. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

const SHAPE_NAMES: Record<DocumentShape, string> = {
  'register-input': 'register-task-definition input',
  'describe-output': 'describe-task-definition output',
  'describe-wrapped': 'a describe-task-definition response',
  'container-array': 'an array of container definitions',
  'single-container': 'a single container definition',
};

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function fail(message: string, position?: { offset: number; line: number; column: number }, bomLength = 0): RestoreFailure {
  if (!position) return { ok: false, message };
  return { ok: false, message, offset: position.offset + bomLength, line: position.line, column: position.column };
}

function textNotes(text: string, bom: boolean, yamlShape: DocumentShape | null): NoteEntry[] {
  const notes: NoteEntry[] = [];
  if (bom) notes.push({ kind: 'bom', message: 'The file starts with a byte-order mark; it was dropped.' });
  if (text.includes('\r\n')) notes.push({ kind: 'crlf', message: 'The file has Windows line ends (CRLF); the cleaned text uses LF.' });
  if (/^[ \t]*\t/m.test(text)) notes.push({ kind: 'tabs', message: 'The file is indented with tabs; the cleaned text uses two spaces.' });
  if (yamlShape)
    notes.push({ kind: 'yaml', message: `The file was read as YAML (${SHAPE_NAMES[yamlShape]}); the editor shows it as JSON.` });
  return notes;
}

/** Parses the text as JSON, or as YAML when it is not JSON and does not start like JSON. */
function parseText(body: string, bomLength: number): { value: JsonValue; duplicates: DuplicateKeyHit[]; yaml: boolean } | RestoreFailure {
  const scan = scanJson(body);
  if (scan.kind === 'empty') return fail(scan.onlyComments ? 'The file contains only comments, no task definition.' : 'The file is empty.');
  if (scan.kind === 'json') {
    const first = scan.firstCommentOrComma;
    if (first) {
      return {
        ...fail(
          `JSON does not allow comments or trailing commas, and this file has some (the first is ${first.message}). Remove them to import it.`,
          first,
          bomLength,
        ),
        canStripComments: true,
      };
    }
    try {
      return { value: JSON.parse(body) as JsonValue, duplicates: scan.duplicates, yaml: false };
    } catch (error) {
      return fail(`The JSON is not valid: ${error instanceof Error ? error.message : String(error)}.`);
    }
  }
  if (scan.startsLikeJson) return fail(`The JSON is not valid. ${scan.problem.message}`, scan.problem, bomLength);
  if (body.length > MAX_YAML_CHARS) {
    const size = Math.round(body.length / 1024);
    return fail(
      `The text is not JSON, and at ${size} KB it is too long to read as YAML (at most 128 KB; a task definition is at most 64 KiB).`,
    );
  }
  const yaml = readYaml(body);
  if (!yaml.ok) return fail(`The text is neither JSON nor YAML. Read as YAML: ${yaml.message}`, yaml.position, bomLength);
  return { value: yaml.value, duplicates: yaml.duplicates, yaml: true };
}

function restore(text: string): RestoreResult {
  if (typeof text !== 'string') return fail(`Expected the file's text, got ${typeof text}.`);
  if (text.length === 0) return fail('The file is empty.');
  if (text.length * 3 > MAX_INPUT_BYTES) {
    const bytes = utf8Length(text);
    if (bytes > MAX_INPUT_BYTES) {
      return fail(
        `The document is ${(bytes / 1_000_000).toFixed(1)} MB; a task definition can be at most 64 KiB, so this is probably not one.`,
      );
    }
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  if (body.trim() === '')
    return fail(bom ? 'The file is empty (only a byte-order mark and whitespace).' : 'The file is empty: it contains only whitespace.');

  const parsed = parseText(body, bom ? 1 : 0);
  if ('ok' in parsed) return parsed;
  const unwrapped = unwrapTaskDefinition(parsed.value, parsed.yaml);
  if ('error' in unwrapped) return fail(unwrapped.error);

  const cleaned = removeReadOnlyAndNulls(unwrapped.doc, unwrapped.toInputPath);
  const findings = analyseDocument(cleaned.doc);
  const duplicateKeys = parsed.duplicates.map((hit): DuplicateKeyEntry => {
    const docPath = unwrapped.toDocPath(hit.path);
    // A duplicated wrapper key (e.g. "taskDefinition" twice) has no place in the document: keep its input path.
    const path = docPath === null || docPath.length === 0 ? hit.path : cleaned.translate(docPath);
    return {
      path,
      key: hit.key,
      sourcePath: hit.path,
      offset: hit.offset + (bom ? 1 : 0),
      line: hit.line,
      column: hit.column,
      message: `The key ${quoteForMessage(hit.key, 40)} appears more than once in ${describePath(path.slice(0, -1))}; the last one (line ${hit.line}) wins, as with JSON.parse.`,
    };
  });
  const notes = textNotes(body, bom, parsed.yaml ? unwrapped.shape : null);
  if (cleaned.truncated || findings.truncated) {
    notes.push({ kind: 'truncated', message: 'Some report lists were cut short: the document has thousands of findings of one kind.' });
  }
  const report: ImportReport = {
    removed: [...unwrapped.removed, ...cleaned.removed],
    moved: unwrapped.moved,
    wrapped: unwrapped.wrapped,
    unknownKeys: findings.unknownKeys,
    placeholders: findings.placeholders,
    duplicateKeys,
    numbersAsStrings: findings.numbersAsStrings,
    notes,
  };
  return {
    ok: true,
    text: `${JSON.stringify(cleaned.doc, null, 2)}\n`,
    doc: cleaned.doc,
    shape: parsed.yaml ? 'yaml' : unwrapped.shape,
    report,
  };
}

/**
 * Reads a task definition from text of any accepted shape (register input, describe output bare or wrapped, a bare
 * `containerDefinitions` array, a single container, YAML), removes what registering rejects and reports every change.
 * Never throws: any input that cannot be read gives `ok: false` with a message (and a position where there is one).
 */
export function restoreTaskDefinition(text: string): RestoreResult {
  try {
    return restore(text);
  } catch (error) {
    const detail = error instanceof RangeError ? 'it is nested too deeply' : error instanceof Error ? error.message : String(error);
    return fail(`The file could not be read: ${detail}.`);
  }
}
