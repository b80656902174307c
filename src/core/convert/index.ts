/**
 * One converter core for the CLI (`ecs-taskdef convert`) and the app (Import…, Export as…): the registry of formats,
 * detection, and conversion. Each format lives in its own folder (`compose/`, `kubernetes/`, `cloudformation/` …) and
 * is registered here.
 */
import type { JsonObject } from '../issues';
import { toRegisterInput } from '../import-export';
import { composeImporter } from './compose/compose-importer';
import { dockerRunImporter } from './docker-run/docker-run-importer';
import { jsonExporter, jsonImporter } from './json/json-format';
import { kubernetesImporter } from './kubernetes/kubernetes-importer';
import { cloudFormationExporter, cloudFormationImporter, cloudFormationYamlExporter } from './cloudformation/cloudformation-format';
import { terraformExporter } from './terraform/terraform-export';
import { terraformImporter } from './terraform/terraform-import';
import { cdkExporter } from './cdk/cdk-format';
import { awsCliExporter } from './aws-cli/aws-cli-format';
import { githubActionsExporter } from './github-actions/github-actions-format';
import type { ExportOptions, Exporter, ImportOptions, ImportResult, Importer, InputFormat, OutputFormat } from './types';

export type * from './types';

/** Asked in this order by {@link detectInputFormat}: specific formats first, the JSON task definition last. */
// One format a line (prettier-ignore), so that branches adding formats merge cleanly.
// prettier-ignore
export const importers: readonly Importer[] = [
  cloudFormationImporter,
  terraformImporter,
  composeImporter,
  dockerRunImporter,
  kubernetesImporter,
  jsonImporter,
];

// prettier-ignore
export const exporters: readonly Exporter[] = [
  jsonExporter,
  cloudFormationExporter,
  cloudFormationYamlExporter,
  terraformExporter,
  cdkExporter,
  awsCliExporter,
  githubActionsExporter,
];

export function importerFor(format: InputFormat): Importer | undefined {
  return importers.find((importer) => importer.format === format);
}

export function exporterFor(format: OutputFormat): Exporter | undefined {
  return exporters.find((exporter) => exporter.format === format);
}

/** The first importer whose `detect` accepts `text`; the JSON importer accepts everything else. */
export function detectInputFormat(text: string): InputFormat {
  for (const importer of importers) {
    try {
      if (importer.detect(text)) return importer.format;
    } catch {
      // detect must not throw; a broken detector must not hide the other formats
    }
  }
  return 'json';
}

/** Reads `text` as `from` (or the detected format) into register input. Never throws. */
export function importText(text: string, from: InputFormat | 'auto', options: ImportOptions = {}): ImportResult {
  const format = from === 'auto' ? detectInputFormat(text) : from;
  const importer = importerFor(format);
  if (!importer) return { ok: false, format, message: `Reading ${format} is not supported yet.`, report: [] };
  try {
    return importer.read(text, options);
  } catch (error) {
    const message = `The ${importer.label} could not be converted: ${error instanceof Error ? error.message : String(error)}.`;
    return { ok: false, format, message, report: [{ severity: 'error', source: '', message }] };
  }
}

/** Writes `doc` (any document the editor holds; read-only fields and nulls are removed first) as `to`. */
export function exportDocument(doc: JsonObject, to: OutputFormat, options: ExportOptions = {}) {
  const exporter = exporterFor(to);
  if (!exporter) return null;
  return exporter.write(toRegisterInput(doc), options);
}
