/**
 * Monaco, bundled and offline: the lean JSON-only build, its workers from our own origin, and the
 * @monaco-editor/react loader pointed at this module (without `loader.config({ monaco })` it would fetch
 * Monaco from a CDN and stay on "Loading…" forever without a network).
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { taskDefinitionJsonSchema } from '../../core/schema/json-schema';
import { registerDocumentSymbols } from './document-symbols';

/** The one model's URI: stable, so Monaco keeps the model (and its undo stack) across re-renders. */
export const MODEL_PATH = 'file:///task-definition.json';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

// Completion and hover come from the schema generated from our zod schema. Schema *validation* is off here:
// problems come from the store (one engine, shown once), syntax errors from Monaco's JSON parser.
jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  trailingCommas: 'error',
  schemaValidation: 'ignore',
  schemaRequest: 'ignore',
  enableSchemaRequest: false,
  schemas: [
    {
      uri: 'inmemory://schemas/ecs-task-definition.json',
      fileMatch: [MODEL_PATH],
      schema: taskDefinitionJsonSchema() as never,
    },
  ],
});

loader.config({ monaco });
registerDocumentSymbols(monaco, jsonDefaults); // Go to Symbol names containers and volumes, not "0"

export { monaco };
export type MonacoApi = typeof monaco;
