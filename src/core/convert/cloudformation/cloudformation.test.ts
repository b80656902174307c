import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { JsonObject } from '../../issues';
import { detectInputFormat, exportDocument, importText } from '../index';
import { corpusAbsentMessage, corpusDocuments } from './corpus-for-tests';

const sample: JsonObject = {
  family: 'web',
  cpu: '256',
  memory: '512',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  containerDefinitions: [
    {
      name: 'app',
      image: '${IMAGE}',
      cpu: '128',
      essential: true,
      dockerLabels: { 'com.example.team': 'web', camelCase: 'yes' },
      environment: [{ name: 'REGION', value: 'eu-west-1/${STAGE}' }],
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', mode: 'non-blocking' } },
    },
  ],
  volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-1', authorizationConfig: { iam: 'ENABLED' } } }],
  proxyConfiguration: { type: 'APPMESH', containerName: 'envoy', properties: [{ name: 'IgnoredUID', value: '1337' }] },
  tags: [{ key: 'team', value: 'web' }],
};

function resourceOf(template: JsonObject): JsonObject {
  return ((template.Resources as JsonObject).TaskDefinition as JsonObject).Properties as JsonObject;
}

describe('CloudFormation export', () => {
  it('spells properties as CloudFormation does, keeps map keys and JSON types', () => {
    const text = exportDocument(sample, 'cloudformation')?.text ?? '';
    const properties = resourceOf(JSON.parse(text) as JsonObject);
    expect(properties.Cpu).toBe('256');
    const container = (properties.ContainerDefinitions as JsonObject[])[0] as JsonObject;
    expect(container.Cpu).toBe('128');
    expect(container.DockerLabels).toEqual({ 'com.example.team': 'web', camelCase: 'yes' });
    expect(container.LogConfiguration).toEqual({ LogDriver: 'awslogs', Options: { 'awslogs-group': '/ecs/web', mode: 'non-blocking' } });
    expect(properties.Volumes).toEqual([
      { Name: 'data', EFSVolumeConfiguration: { FilesystemId: 'fs-1', AuthorizationConfig: { IAM: 'ENABLED' } } },
    ]);
    expect(properties.ProxyConfiguration).toEqual({
      Type: 'APPMESH',
      ContainerName: 'envoy',
      ProxyConfigurationProperties: [{ Name: 'IgnoredUID', Value: '1337' }],
    });
    expect(properties.Tags).toEqual([{ Key: 'team', Value: 'web' }]);
  });

  it('makes placeholders Parameters with Ref and Fn::Sub when asked', () => {
    const template = JSON.parse(exportDocument(sample, 'cloudformation', { parameterizePlaceholders: true })?.text ?? '') as JsonObject;
    expect(Object.keys(template.Parameters as JsonObject)).toEqual(['IMAGE', 'STAGE']);
    const container = (resourceOf(template).ContainerDefinitions as JsonObject[])[0] as JsonObject;
    expect(container.Image).toEqual({ Ref: 'IMAGE' });
    expect(container.Environment).toEqual([{ Name: 'REGION', Value: { 'Fn::Sub': 'eu-west-1/${STAGE}' } }]);
    const back = importText(JSON.stringify(template), 'auto');
    expect(back.ok && back.doc).toEqual(sample);
  });

  it('writes YAML that YAML 1.1 reads back with the same types', () => {
    const text = exportDocument(sample, 'cloudformation-yaml')?.text ?? '';
    expect(text).toContain('camelCase: "yes"');
    const properties = resourceOf(parseYaml(text, { version: '1.1' }) as JsonObject);
    expect(properties.Cpu).toBe('256');
    expect(((properties.ContainerDefinitions as JsonObject[])[0] as JsonObject).Essential).toBe(true);
  });

  it('reports and leaves out what CloudFormation has no property for', () => {
    const doc: JsonObject = {
      family: 'gpu',
      containerDefinitions: [
        { name: 'a', image: 'x', memory: 1, resourceRequirements: [{ type: 'GPU', value: '1', sharingStrategy: {} }] },
      ],
    };
    const result = exportDocument(doc, 'cloudformation');
    expect(result?.report.map((e) => e.source)).toEqual(['containerDefinitions.0.resourceRequirements.0.sharingStrategy']);
    expect(result?.text).not.toContain('SharingStrategy');
  });
});

describe('CloudFormation import', () => {
  const yamlTemplate = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Image: { Type: String }
Resources:
  Role: { Type: AWS::IAM::Role }
  Web:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      Cpu: 256
      TaskRoleArn: !GetAtt Role.Arn
      ExecutionRoleArn: !Sub arn:aws:iam::\${AWS::AccountId}:role/exec
      ContainerDefinitions:
        - Name: app
          Image: !Ref Image
          Essential: yes
          Command: !Split [" ", "npm start"]
          Environment:
            - { Name: URL, Value: !Join ["", ["https://", example.com]] }
            - { Name: LITERAL, Value: !Sub "\${!NotAVar}" }
          DockerLabels: { Team.Name: web }
`;

  it('detects a template holding an AWS::ECS::TaskDefinition', () => {
    expect(detectInputFormat(yamlTemplate)).toBe('cloudformation');
    expect(detectInputFormat(JSON.stringify({ family: 'x', containerDefinitions: [] }))).toBe('json');
  });

  it('reads short tags and YAML 1.1 booleans, keeping what it cannot resolve as reported placeholders', () => {
    const result = importText(yamlTemplate, 'auto');
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('cloudformation');
    expect(result.doc).toMatchObject({
      family: 'web',
      cpu: 256,
      taskRoleArn: '${Role.Arn}',
      executionRoleArn: 'arn:aws:iam::${AWS::AccountId}:role/exec',
      containerDefinitions: [
        {
          name: 'app',
          image: '${Image}',
          essential: true,
          environment: [
            { name: 'URL', value: 'https://example.com' },
            { name: 'LITERAL', value: '${NotAVar}' },
          ],
          dockerLabels: { 'Team.Name': 'web' },
        },
      ],
    });
    const warnings = result.report.filter((e) => e.severity === 'warning').map((e) => e.source);
    expect(warnings).toContain('Resources.Web.Properties.TaskRoleArn');
    expect(warnings).toContain('Resources.Web.Properties.ContainerDefinitions.0.Command');
  });

  it('fails with a clear message without a task definition or on broken YAML', () => {
    const none = importText('Resources:\n  B: { Type: AWS::S3::Bucket }\n', 'cloudformation');
    expect(none.ok).toBe(false);
    expect(!none.ok && none.message).toContain('no AWS::ECS::TaskDefinition');
    const broken = importText('Resources:\n  T: [\n', 'cloudformation');
    expect(!broken.ok && broken.message).toMatch(/not valid YAML/);
  });

  const documents = corpusDocuments();
  it.skipIf(documents.length === 0)(
    documents.length === 0 ? corpusAbsentMessage : 'gives back every real task definition after export, JSON and YAML',
    () => {
      for (const { name, doc } of documents) {
        for (const to of ['cloudformation', 'cloudformation-yaml'] as const) {
          for (const parameterizePlaceholders of [false, true]) {
            const text = exportDocument(doc, to, { parameterizePlaceholders })?.text ?? '';
            const back = importText(text, 'auto');
            expect(back.ok && back.format, `${name} as ${to}`).toBe('cloudformation');
            expect(back.ok && back.doc, `${name} as ${to}`).toEqual(doc);
          }
        }
      }
    },
  );
});
