import type { JsonValue } from '../issues';

/**
 * Declarative description of the form controls for one API shape: what the field is called, what it
 * holds, one line of help in our own words and a link to the AWS API reference. The forms render these
 * (src/components/spec-form); the field search indexes them; the coverage test checks that together they
 * reach every member of RegisterTaskDefinitionRequest in ../shared/aws-model.
 * Pure data: no React, so a CLI or docs generator can use it too.
 */
interface BaseSpec {
  /** The member name in the API (the JSON key). */
  key: string;
  /** Visible label: the console's name for it where it has one, else the API name in words. */
  label: string;
  /** One line: what it does, in our own words. */
  help: string;
  /** AWS API reference page of the shape that holds the field, e.g. `https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html`. */
  docs?: string;
  placeholder?: string;
  /** Only shown when the document already has a value (deprecated fields such as inferenceAccelerators). */
  onlyWhenPresent?: boolean;
}

export type FieldSpec =
  /** A string. Empty removes the key. */
  | (BaseSpec & { kind: 'text' })
  /** An integer; what is not one is kept as typed so the problem shows at the field. */
  | (BaseSpec & { kind: 'number'; min?: number; max?: number; unit?: string })
  /** true / false / not set (three states: the API distinguishes "not set" from false). */
  | (BaseSpec & { kind: 'boolean' })
  /** One of a fixed list; empty removes the key. */
  | (BaseSpec & { kind: 'enum'; options: readonly string[] })
  /** Several of a fixed list (e.g. device permissions); none removes the key. */
  | (BaseSpec & { kind: 'enum-list'; options: readonly string[] })
  /** A string array typed as one shell line and split the way a shell would (command, entryPoint). */
  | (BaseSpec & { kind: 'shell' })
  /** A string array edited as rows (dnsServers, links, capabilities). `suggestions` feed a datalist. */
  | (BaseSpec & { kind: 'string-list'; suggestions?: readonly string[]; itemLabel: string })
  /** An integer array edited as rows (ignoredExitCodes). */
  | (BaseSpec & { kind: 'number-list'; itemLabel: string })
  /** A string→string map edited as key/value rows (dockerLabels, log options, driverOpts). */
  | (BaseSpec & { kind: 'map'; keySuggestions?: readonly string[] })
  /** A nested object; its fields are shown in a group. */
  | (BaseSpec & { kind: 'object'; fields: readonly FieldSpec[] })
  /** An array of objects edited as rows or cards; `newItem` is what "Add" appends. */
  | (BaseSpec & { kind: 'object-list'; itemLabel: string; fields: readonly FieldSpec[]; newItem: JsonValue });

/** A collapsible group of fields, named like the console's sections ("Health check", "Logging" …). */
export interface SectionSpec {
  id: string;
  title: string;
  /** Open by default (the common fields). */
  open?: boolean;
  fields: readonly FieldSpec[];
}
