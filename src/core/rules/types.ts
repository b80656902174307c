import type { Issue, Severity } from '../issues';
import type { Path } from '../paths';
import type { Obj } from './read';

/**
 * The parsed JSON document as the rules see it: any JSON value, possibly schema-invalid
 * (strings where numbers belong, `null`s, missing arrays). Rules read it through `read.ts` and `RuleContext`.
 */
export type TaskDoc = unknown;

/** A mechanical repair for one issue. `apply` is pure: it returns a new document and leaves its input alone. */
export interface QuickFix {
  /** Imperative label for a button or menu item, e.g. `Move "DB_PASSWORD" to secrets`. */
  label: string;
  apply(doc: TaskDoc): TaskDoc;
}

/** A cross-field check of the ECS reference (section 4–6) or a best-practice advice. */
export interface Rule {
  /** Stable kebab id, equal to the module's file name; issues carry it as `ruleId`. */
  id: string;
  /** Reference rule ids it implements (`R-NET-6`), `§5 FARGATE`-style section refs, or `BP` for best practice. */
  refs: string[];
  /** Nominal severity (the worst it emits); a rule may emit lower severities for advice parts. */
  severity: Severity;
  /** What is checked, one line. */
  title: string;
  /** Why it matters (what ECS does with such a document). */
  why: string;
  /** How to fix it. */
  fix: string;
  check(doc: TaskDoc, ctx: RuleContext): Issue[];
  /** An automatic fix for an issue this rule produced, when one is obvious; `undefined` when not applicable. */
  quickFix?(doc: TaskDoc, issue: Issue): QuickFix | undefined;
}

/** Effective network mode. `nat` is the Windows default (networkMode omitted on a Windows EC2 task). */
export type NetworkMode = 'bridge' | 'host' | 'awsvpc' | 'none' | 'nat';

/** Task-level `cpu`/`memory` after parsing `"1 vCPU"`/`"2 GB"` forms, in CPU units / MiB. */
export type TaskSize = { kind: 'absent' } | { kind: 'placeholder' } | { kind: 'invalid'; raw: unknown } | { kind: 'ok'; value: number };

export interface ContainerInfo {
  index: number;
  /** `['containerDefinitions', index]`. */
  path: Path;
  /** The definition, or an empty object when the entry is not an object. */
  def: Obj;
  /** False when the entry is not a JSON object (the schema reports it; rules skip it). */
  isObject: boolean;
  /** `name` when it is a non-empty string (placeholders included). */
  name: string | undefined;
  /** `essential` as ECS reads it: omitted or null means true. */
  essential: boolean;
}

export interface VolumeInfo {
  index: number;
  path: Path;
  def: Obj;
  isObject: boolean;
  name: string | undefined;
}

/** Facts every rule needs, computed once per document (see `buildContext`). */
export interface RuleContext {
  /** The task definition object (empty when the document is not an object). */
  root: Obj;
  /** Concrete `requiresCompatibilities` values (placeholders and non-strings dropped). */
  launchTypes: ReadonlySet<string>;
  isFargate: boolean;
  isEc2: boolean;
  isExternal: boolean;
  isManagedInstances: boolean;
  /** Effective network mode; `undefined` when it is unknown (invalid value, placeholder) or unresolved (Fargate without one). */
  networkMode: NetworkMode | undefined;
  /** True when `networkMode` is written in the document (a non-null value). */
  networkModeSet: boolean;
  /** `runtimePlatform.operatingSystemFamily` when concrete. */
  osFamily: string | undefined;
  isWindows: boolean;
  containers: ContainerInfo[];
  /** Container name → index of its first definition. */
  containerNames: ReadonlyMap<string, number>;
  volumes: VolumeInfo[];
  /** Names of declared volumes (strings only). */
  volumeNames: ReadonlySet<string>;
  taskCpu: TaskSize;
  taskMemory: TaskSize;
  /** True when `executionRoleArn` is a non-empty string (a placeholder counts). */
  hasExecutionRole: boolean;
  /** True when `taskRoleArn` is a non-empty string (a placeholder counts). */
  hasTaskRole: boolean;
}
