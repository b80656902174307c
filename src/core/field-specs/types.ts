import type { JsonValue } from '../issues';

/**
 * Declarative description of the form controls for one API shape: what the field is called, what it
 * holds, one line of help in our own words and a link to the AWS API reference. The forms render these
 * (src/components/spec-form); the field search indexes them; the coverage test checks that together they
 * reach every member of RegisterTaskDefinitionRequest in data/aws-model.
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
  /** Extra words the field search matches (console names, Docker flags: "--init", "shm"). */
  keywords?: readonly string[];
}

/** Lists the renderer can fill from the document itself (text fields suggest them; they stay free text). */
export type DocumentSuggestions = 'containerNames' | 'volumeNames';

export type FieldSpec =
  /** A string. Empty removes the key. `suggestions`/`suggestionsFrom` feed a datalist (free text stays allowed). */
  | (BaseSpec & { kind: 'text'; suggestions?: readonly string[]; suggestionsFrom?: DocumentSuggestions })
  /** An integer; what is not one is kept as typed so the problem shows at the field. */
  | (BaseSpec & { kind: 'number'; min?: number; max?: number; unit?: string })
  /**
   * true / false / not set (three states: the API distinguishes "not set" from false). With `default`, where
   * "not set" clearly means that default, a checkbox showing `value ?? default` instead.
   */
  | (BaseSpec & { kind: 'boolean'; default?: boolean })
  /** One of a fixed list; empty removes the key. `emptyLabel` names "not set" (e.g. "(default: tcp)"). */
  | (BaseSpec & { kind: 'enum'; options: readonly string[]; optionLabels?: Readonly<Record<string, string>>; emptyLabel?: string })
  /** Several of a fixed list (e.g. device permissions); none removes the key. */
  | (BaseSpec & { kind: 'enum-list'; options: readonly string[] })
  /** A string array typed as one shell line and split the way a shell would (command, entryPoint). */
  | (BaseSpec & { kind: 'shell' })
  /** A string array edited as rows (dnsServers, links, capabilities). `suggestions` feed a datalist. */
  | (BaseSpec & { kind: 'string-list'; suggestions?: readonly string[]; itemLabel: string })
  /** An integer array edited as rows (ignoredExitCodes). */
  | (BaseSpec & { kind: 'number-list'; itemLabel: string })
  /** A string→string map edited as key/value rows (dockerLabels, log options, driverOpts). */
  | (BaseSpec & {
      kind: 'map';
      keySuggestions?: readonly string[];
      /** Narrows `keySuggestions` by a sibling field's value (log options by `logDriver`); other values get them all. */
      keySuggestionsBy?: { field: string; values: Readonly<Record<string, readonly string[]>> };
    })
  /** A nested object; its fields are shown in a group. */
  | (BaseSpec & { kind: 'object'; fields: readonly FieldSpec[] })
  /**
   * An array of objects edited as rows or cards; `newItem` is what "Add" appends. `layout` defaults to rows when
   * every field is a scalar and there are at most four, else cards.
   */
  | (BaseSpec & { kind: 'object-list'; itemLabel: string; fields: readonly FieldSpec[]; newItem: JsonValue; layout?: 'rows' | 'cards' });

/** The kinds of {@link FieldSpec}. */
export type FieldKind = FieldSpec['kind'];

/** A collapsible group of fields, named like the console's sections ("Health check", "Logging" …). */
export interface SectionSpec {
  id: string;
  title: string;
  /** Open by default (the common fields). */
  open?: boolean;
  /** One line under the title saying what the section is for. */
  description?: string;
  fields: readonly FieldSpec[];
}
