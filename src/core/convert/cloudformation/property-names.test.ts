import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../issues';
import { KNOWN_SHAPES, ROOT_SHAPE } from '../../import-export/known-keys';
import { toRegisterInput } from '../../import-export';
import { buildTemplate } from './cloudformation-format';
import { corpusAbsentMessage, corpusDocuments } from './corpus-for-tests';
import { NOT_IN_CLOUDFORMATION, cfnName } from './property-names';

// The CloudFormation resource schema, offline: the same database the CDK generates its L1 constructs from.
interface SpecType {
  type: string;
  element?: SpecType;
  reference?: { $ref: string };
}
interface SpecProperty {
  type: SpecType;
}
const db = loadAwsServiceSpecSync();
const resource = db.lookup('resource', 'cloudFormationType', 'equals', 'AWS::ECS::TaskDefinition').only();
const typeDefinitions = new Map<string, Record<string, SpecProperty>>();
for (const use of db.follow('usesType', resource))
  typeDefinitions.set(use.entity.$id, use.entity.properties as Record<string, SpecProperty>);
const rootProperties = resource.properties as Record<string, SpecProperty>;

/** The properties of the structure a property holds (through arrays), or null for scalars, maps and tags. */
function structureOf(property: SpecProperty): Record<string, SpecProperty> | null {
  let type = property.type;
  while (type.type === 'array' && type.element) type = type.element;
  if (type.type === 'tag') return { Key: { type: { type: 'string' } }, Value: { type: { type: 'string' } } };
  return type.type === 'ref' && type.reference ? (typeDefinitions.get(type.reference.$ref) ?? null) : null;
}

function isMap(property: SpecProperty): boolean {
  return property.type.type === 'map';
}

describe('CloudFormation property names', () => {
  it('names every ECS field the exporter writes as a property of the AWS::ECS::TaskDefinition schema', () => {
    const checked: string[] = [];
    const visit = (shape: string, properties: Record<string, SpecProperty>, where: string) => {
      for (const [member, kind] of Object.entries(KNOWN_SHAPES[shape] ?? {})) {
        if (NOT_IN_CLOUDFORMATION[shape]?.includes(member)) {
          expect(Object.keys(properties).map((p) => p.toLowerCase())).not.toContain(member.toLowerCase());
          continue;
        }
        const name = cfnName(shape, member);
        const property = properties[name];
        expect(property, `${where}.${name} (from ${shape}.${member})`).toBeDefined();
        checked.push(`${where}.${name}`);
        const element = kind.replace(/\[\]$/, '');
        if (KNOWN_SHAPES[element] && property) {
          const inner = structureOf(property);
          expect(inner, `${where}.${name} is a structure`).not.toBeNull();
          if (inner) visit(element, inner, `${where}.${name}`);
        }
        if (kind === 'map' && property) expect(isMap(property), `${where}.${name} is a map`).toBe(true);
      }
    };
    visit(ROOT_SHAPE, rootProperties, 'Properties');
    expect(checked).toContain('Properties.ProxyConfiguration.ProxyConfigurationProperties');
    expect(checked).toContain('Properties.Volumes.EFSVolumeConfiguration.AuthorizationConfig.IAM');
    expect(checked).toContain('Properties.Volumes.FSxWindowsFileServerVolumeConfiguration.AuthorizationConfig.Domain');
    expect(checked).toContain('Properties.Tags.Key');
  });

  const documents = corpusDocuments();
  it.skipIf(documents.length === 0)(
    documents.length === 0 ? corpusAbsentMessage : 'writes only schema properties for every real task definition',
    () => {
      const unknown: string[] = [];
      const visit = (value: JsonValue, properties: Record<string, SpecProperty>, where: string) => {
        if (Array.isArray(value)) return value.forEach((item, i) => visit(item, properties, `${where}.${i}`));
        if (value === null || typeof value !== 'object') return;
        for (const [key, member] of Object.entries(value)) {
          const property = properties[key];
          if (!property) unknown.push(`${where}.${key}`);
          else if (!isMap(property)) {
            const inner = structureOf(property);
            if (inner) visit(member, inner, `${where}.${key}`);
          }
        }
      };
      for (const { name, doc } of documents) visit(buildTemplate(toRegisterInput(doc), {}).properties, rootProperties, name);
      expect(unknown).toEqual([]);
    },
  );
});
