import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { memoryIo } from './test-io';

const template = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Image: { Type: String }
Resources:
  Web:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      ContainerDefinitions:
        - { Name: app, Image: !Ref Image, Memory: 128, Essential: yes }
`;

describe('ecs-taskdef convert with CloudFormation and Terraform', () => {
  it('reads a CloudFormation YAML template and prints register-ready JSON', () => {
    const io = memoryIo({ 'template.yaml': template });
    expect(runCli(['convert', 'template.yaml'], io)).toBe(0);
    expect(JSON.parse(io.out.join('\n'))).toEqual({
      family: 'web',
      containerDefinitions: [{ name: 'app', image: '${Image}', memory: 128, essential: true }],
    });
  });

  it('converts the template to Terraform and back to the same CloudFormation', () => {
    const toTerraform = memoryIo({ 'template.yaml': template });
    expect(runCli(['convert', '--to', 'terraform', 'template.yaml'], toTerraform)).toBe(0);
    const tf = toTerraform.out.join('\n');
    expect(tf).toMatch(/^resource "aws_ecs_task_definition" "web" \{/m);
    const back = memoryIo({ 'main.tf': tf });
    expect(runCli(['convert', '--from', 'terraform', '--to', 'cloudformation', '--report-format', 'json', 'main.tf'], back)).toBe(0);
    const properties = (JSON.parse(back.out.join('\n')) as { Resources: { TaskDefinition: { Properties: unknown } } }).Resources
      .TaskDefinition.Properties;
    expect(properties).toEqual({ Family: 'web', ContainerDefinitions: [{ Name: 'app', Image: '${Image}', Memory: 128, Essential: true }] });
  });

  it('exits 2 with the reason on a template without a task definition', () => {
    const io = memoryIo({ 't.json': JSON.stringify({ Resources: { B: { Type: 'AWS::S3::Bucket' } } }) });
    expect(runCli(['convert', '--from', 'cloudformation', 't.json'], io)).toBe(2);
    expect(io.err.join('\n')).toContain('no AWS::ECS::TaskDefinition');
  });
});
