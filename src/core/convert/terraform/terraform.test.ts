import { parse as hcl2json } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../issues';
import { corpusAbsentMessage, corpusDocuments } from '../cloudformation/corpus-for-tests';
import { detectInputFormat, exportDocument, importText } from '../index';
import { parseHcl } from './hcl-parse';
import { PROVIDER_SCHEMA, type ProviderBlock } from './provider-schema-for-tests';

const sample: JsonObject = {
  family: 'web-app',
  cpu: '256',
  memory: '512',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
  ephemeralStorage: { sizeInGiB: 30 },
  containerDefinitions: [
    {
      name: 'app',
      image: '${IMAGE}',
      essential: true,
      command: ['sh', '-c', 'echo "%{not a directive}" \\ ${HOME}\n\ttab'],
      dockerLabels: { 'com.example/team': 'web', for: 'x', null: 'y' },
      environment: [{ name: 'URL', value: 'https://${HOST}:8080/' }],
    },
  ],
  volumes: [
    { name: 'bind', host: { sourcePath: '/data' } },
    {
      name: 'efs',
      efsVolumeConfiguration: { fileSystemId: 'fs-1', transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED' } },
    },
    {
      name: 'docker',
      dockerVolumeConfiguration: { scope: 'shared', autoprovision: true, driverOpts: { type: 'nfs' }, labels: { 'a.b': 'c' } },
    },
    {
      name: 'fsx',
      fsxWindowsFileServerVolumeConfiguration: {
        fileSystemId: 'fs-2',
        rootDirectory: '\\\\data',
        authorizationConfig: { credentialsParameter: 'arn:x', domain: 'corp' },
      },
    },
  ],
  placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.os-type == linux' }],
  proxyConfiguration: { type: 'APPMESH', containerName: 'envoy', properties: [{ name: 'IgnoredUID', value: '1337' }] },
  inferenceAccelerators: [{ deviceName: 'dev', deviceType: 'eia2.medium' }],
  tags: [{ key: 'team', value: 'web' }],
};

/** Every argument and block name in hcl2json's reading of the resource, checked against the provider's schema. */
function unknownArguments(value: unknown, schema: ProviderBlock, where: string): string[] {
  const out: string[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    for (const [key, member] of Object.entries(item as Record<string, unknown>)) {
      if (schema.attributes.includes(key)) continue;
      const block = schema.blocks[key];
      if (block) out.push(...unknownArguments(member, block, `${where}.${key}`));
      else out.push(`${where}.${key}`);
    }
  }
  return out;
}

async function checkWithHcl2json(text: string): Promise<string[]> {
  const json = (await hcl2json('main.tf', text)) as { resource: Record<string, Record<string, unknown[]>> };
  const resources = json.resource.aws_ecs_task_definition ?? {};
  return Object.values(resources).flatMap((blocks) => unknownArguments(blocks, PROVIDER_SCHEMA, 'resource'));
}

/**
 * The two differences Terraform cannot express, both reported on export and the same to ECS: an empty list of
 * blocks (`volumes: []`) and an empty `host: {}`.
 */
function withoutTerraformlessForms(doc: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(doc)) {
    if (Array.isArray(value) && value.length === 0 && ['volumes', 'placementConstraints', 'inferenceAccelerators'].includes(key)) continue;
    out[key] = value;
  }
  if (Array.isArray(out.volumes)) {
    out.volumes = out.volumes.map((volume) => {
      const { host, ...rest } = volume as JsonObject;
      return host !== undefined && JSON.stringify(host) === '{}' ? rest : (volume as JsonObject);
    });
  }
  return out;
}

describe('Terraform export', () => {
  it('writes provider arguments and blocks that hcl2json parses and the provider schema knows', async () => {
    const text = exportDocument(sample, 'terraform')?.text ?? '';
    expect(text).toContain('resource "aws_ecs_task_definition" "web_app" {');
    expect(text).toContain('container_definitions = jsonencode([');
    expect(text).toContain('image        = "$${IMAGE}"');
    expect(await checkWithHcl2json(text)).toEqual([]);
    const parsed = (await hcl2json('main.tf', text)) as { resource: { aws_ecs_task_definition: { web_app: JsonObject[] } } };
    const resource = parsed.resource.aws_ecs_task_definition.web_app[0] as JsonObject;
    expect(resource.tags).toEqual({ team: 'web' });
    expect(resource.cpu).toBe('256');
    expect(resource.proxy_configuration).toEqual([{ container_name: 'envoy', properties: { IgnoredUID: '1337' }, type: 'APPMESH' }]);
  });

  it('reads its own output back to the same task definition, escapes decoded', () => {
    const text = exportDocument(sample, 'terraform')?.text ?? '';
    expect(detectInputFormat(text)).toBe('terraform');
    const back = importText(text, 'auto');
    expect(back.ok && back.doc).toEqual(sample);
  });

  it('makes placeholders variables when asked, and reads them back as the same placeholders', async () => {
    const text = exportDocument(sample, 'terraform', { parameterizePlaceholders: true })?.text ?? '';
    expect(text).toContain('variable "IMAGE" {');
    expect(text).toContain('image        = var.IMAGE');
    expect(text).toContain('"https://${var.HOST}:8080/"');
    expect(await checkWithHcl2json(text)).toEqual([]);
    const back = importText(text, 'terraform');
    expect(back.ok && back.doc).toEqual(sample);
  });
});

describe('Terraform import', () => {
  it('reads heredoc JSON, locals and references, and reports file() and what it cannot resolve', () => {
    const heredoc = `locals {
  region = "eu-west-1"
}
resource "aws_ecs_task_definition" "svc" {
  family = "svc" # a comment
  task_role_arn = aws_iam_role.task.arn
  track_latest = true
  container_definitions = <<-EOT
    [{"name": "app", "image": "nginx:\${var.tag}", "memory": 128,
      "environment": [{"name": "R", "value": "\${local.region}"}, {"name": "L", "value": "$\${literal}"}]}]
  EOT
}
`;
    const result = importText(heredoc, 'auto');
    if (!result.ok) throw new Error(result.message);
    expect(result.doc).toEqual({
      family: 'svc',
      taskRoleArn: '${aws_iam_role.task.arn}',
      containerDefinitions: [
        {
          name: 'app',
          image: 'nginx:${tag}',
          memory: 128,
          environment: [
            { name: 'R', value: 'eu-west-1' },
            { name: 'L', value: '${literal}' },
          ],
        },
      ],
    });
    expect(result.report.some((e) => e.severity === 'warning' && e.source === 'aws_ecs_task_definition.svc.task_role_arn')).toBe(true);
    const fromFile = importText(
      'resource "aws_ecs_task_definition" "x" {\n  family = "x"\n  container_definitions = file("containers.json")\n}\n',
      'auto',
    );
    expect(fromFile.ok && fromFile.report.find((e) => e.severity === 'error')?.message).toMatch(/file\("containers.json"\).*line 3/);
  });

  it('reports the empty lists and empty host it cannot write', () => {
    const doc: JsonObject = { family: 'x', containerDefinitions: [], volumes: [{ name: 'v', host: {} }], placementConstraints: [] };
    const sources = exportDocument(doc, 'terraform')?.report.map((e) => e.source);
    expect(sources).toEqual(['volumes.0.host', 'placementConstraints']);
  });

  it('fails with the line on HCL it cannot read, and without the resource', () => {
    const broken = importText('resource "aws_ecs_task_definition" "x" {\n  family = "x\n}\n', 'terraform');
    expect(!broken.ok && broken.message).toMatch(/line 2/);
    const none = importText('resource "aws_s3_bucket" "b" {}\n', 'terraform');
    expect(!none.ok && none.message).toContain('no resource "aws_ecs_task_definition"');
  });

  it('parses what hcl2json parses in the exported files (same blocks and arguments)', async () => {
    const text = exportDocument(sample, 'terraform')?.text ?? '';
    const ours = parseHcl(text).blocks[0]?.body;
    const theirs = ((await hcl2json('main.tf', text)) as { resource: { aws_ecs_task_definition: { web_app: JsonObject[] } } }).resource
      .aws_ecs_task_definition.web_app[0] as JsonObject;
    const names = [...(ours?.attributes.map((a) => a.name) ?? []), ...(ours?.blocks.map((b) => b.type) ?? [])];
    expect([...new Set(names)].sort()).toEqual(Object.keys(theirs).sort());
  });

  const documents = corpusDocuments();
  it.skipIf(documents.length === 0)(
    documents.length === 0
      ? corpusAbsentMessage
      : 'gives back every real task definition after export, with and without variables (but for reported forms Terraform lacks)',
    async () => {
      for (const { name, doc } of documents) {
        for (const parameterizePlaceholders of [false, true]) {
          const text = exportDocument(doc, 'terraform', { parameterizePlaceholders })?.text ?? '';
          expect(await checkWithHcl2json(text), name).toEqual([]);
          const back = importText(text, 'auto');
          expect(back.ok && back.doc, `${name}${parameterizePlaceholders ? ' with variables' : ''}`).toEqual(
            withoutTerraformlessForms(doc),
          );
        }
      }
    },
  );
});
