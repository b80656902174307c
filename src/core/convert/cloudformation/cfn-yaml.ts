/**
 * YAML as CloudFormation reads it: YAML 1.1 scalars (`yes`/`on` are booleans) and the short forms of the intrinsic
 * functions (`!Ref X`, `!Sub '…'`, `!GetAtt R.Arn`, `!Join [':', […]]` …), turned into their long forms.
 */
import { YAMLMap, parseDocument, stringify, type CollectionTag, type ScalarTag, type Tags } from 'yaml';
import type { JsonValue } from '../../issues';

const FUNCTIONS = [
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
  'Length',
  'ToJsonString',
] as const;

function longForm(name: string): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

function wrap(key: string, value: unknown): YAMLMap {
  const map = new YAMLMap();
  map.set(key, value);
  return map;
}

const CLOUDFORMATION_TAGS: Tags = [...FUNCTIONS, 'Ref', 'Condition'].flatMap((name) => {
  const key = longForm(name);
  return [
    {
      tag: `!${name}`,
      // `!GetAtt Role.Arn` is the short form of `Fn::GetAtt: [Role, Arn]`.
      resolve: (text: string) => ({ [key]: name === 'GetAtt' ? text.split('.') : text }),
    } satisfies ScalarTag,
    { tag: `!${name}`, collection: 'seq', resolve: (seq) => wrap(key, seq) } satisfies CollectionTag,
    { tag: `!${name}`, collection: 'map', resolve: (map) => wrap(key, map) } satisfies CollectionTag,
  ];
});

export type YamlParse = { ok: true; value: JsonValue } | { ok: false; message: string; line?: number };

/** Parses a CloudFormation YAML template; errors name their line. */
export function parseCloudFormationYaml(text: string): YamlParse {
  const doc = parseDocument(text, { version: '1.1', customTags: CLOUDFORMATION_TAGS, prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) return { ok: false, message: error.message.split('\n')[0] ?? error.message, line: error.linePos?.[0].line };
  return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) as JsonValue };
}

/** Writes YAML that CloudFormation (YAML 1.1) reads back with the same types: `"yes"`, `"0777"`, `"256"` stay strings. */
export function stringifyCloudFormationYaml(value: JsonValue): string {
  return stringify(value, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false });
}
