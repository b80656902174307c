/**
 * `aws ecs register-task-definition` as a POSIX shell script: the JSON inline in single quotes (where nothing is
 * special but the single quote itself, written `'\''`), and the file variant for the JSON that Download saves.
 */
import { exportFileName, serializeForRegister } from '../../import-export';
import type { Exporter } from '../types';

/** `text` as one POSIX shell word: single-quoted, each `'` closed, escaped and reopened. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

export const awsCliExporter: Exporter = {
  format: 'aws-cli',
  label: 'AWS CLI command (shell)',
  fileName: (doc) => exportFileName(doc).replace(/\.json$/, '-register.sh'),
  write(doc, options) {
    const file = options.taskDefinitionFile ?? exportFileName(doc);
    const json = serializeForRegister(doc).replace(/\n$/, '');
    const text = [
      '#!/bin/sh',
      `# Registers a new revision of the task definition ${typeof doc.family === 'string' ? doc.family : ''} (AWS CLI v2; needs ecs:RegisterTaskDefinition).`,
      '# The same from the JSON file saved with Download:',
      `#   aws ecs register-task-definition --cli-input-json ${shellQuote(`file://${file}`)}`,
      'set -eu',
      `aws ecs register-task-definition --cli-input-json ${shellQuote(json)}`,
      '',
    ].join('\n');
    return { text, report: [] };
  },
};
