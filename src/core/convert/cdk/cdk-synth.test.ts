import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonObject } from '../../issues';
import { toRegisterInput } from '../../import-export';
import { buildTemplate } from '../cloudformation/cloudformation-format';
import { corpusAbsentMessage, corpusDocuments } from '../cloudformation/corpus-for-tests';
import { exportDocument } from '../index';
import { l1Name } from './cdk-format';

const require = createRequire(import.meta.url);
const outdirs: string[] = [];
afterAll(() => outdirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the generated app as `cdk synth` would (transpiled, in this process) and returns its TaskDefinition's Properties. */
function synthesize(app: string): JsonObject {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk-oracle-'));
  outdirs.push(outdir);
  const code = ts.transpileModule(app.replace(/^#!.*\n/, ''), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const saved = { outdir: process.env.CDK_OUTDIR, validation: process.env.CDK_VALIDATION };
  process.env.CDK_OUTDIR = outdir;
  // CDK's built-in template validation takes half a minute per app on a shared CI machine; the names are checked
  // against the resource schema in property-names.test.ts instead.
  process.env.CDK_VALIDATION = 'false';
  try {
    const module = { exports: {} };
    new Function('require', 'module', 'exports', code)(require, module, module.exports);
  } finally {
    process.env.CDK_OUTDIR = saved.outdir;
    process.env.CDK_VALIDATION = saved.validation;
    if (saved.outdir === undefined) delete process.env.CDK_OUTDIR;
    if (saved.validation === undefined) delete process.env.CDK_VALIDATION;
  }
  const file = readdirSync(outdir).find((name) => name.endsWith('.template.json')) as string;
  const template = JSON.parse(readFileSync(join(outdir, file), 'utf8')) as {
    Resources: Record<string, { Type: string; Properties: JsonObject }>;
  };
  const resources = Object.values(template.Resources).filter((r) => r.Type === 'AWS::ECS::TaskDefinition');
  expect(resources).toHaveLength(1);
  return (resources[0] as { Properties: JsonObject }).Properties;
}

function expectSameAsCloudFormation(doc: JsonObject, name: string) {
  const app = exportDocument(doc, 'cdk')?.text ?? '';
  expect(app).not.toMatch(/from '(?!aws-cdk-lib|constructs)/);
  expect(synthesize(app), name).toEqual(buildTemplate(toRegisterInput(doc), {}).properties);
}

describe('CDK app export', () => {
  it('derives L1 prop names as the CDK does', () => {
    expect(['EFSVolumeConfiguration', 'FSxWindowsFileServerVolumeConfiguration', 'IAM', 'FilesystemId', 'SizeInGiB'].map(l1Name)).toEqual([
      'efsVolumeConfiguration',
      'fSxWindowsFileServerVolumeConfiguration',
      'iam',
      'filesystemId',
      'sizeInGiB',
    ]);
  });

  it('synthesizes to the CloudFormation export, numbers written as strings and irregular names included', () => {
    const doc: JsonObject = {
      family: 'web',
      cpu: 256,
      memory: '512',
      networkMode: 'awsvpc',
      containerDefinitions: [
        {
          name: 'app',
          image: "registry/it's:1",
          cpu: '128',
          essential: 'true',
          portMappings: [{ containerPort: '8080', protocol: 'tcp' }],
          dockerLabels: { 'com.example/team': 'web', camelCase: 'x' },
          restartPolicy: { enabled: true, ignoredExitCodes: [1, '2'] },
          logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web' } },
        },
      ],
      volumes: [
        { name: 'efs', efsVolumeConfiguration: { fileSystemId: 'fs-1', authorizationConfig: { iam: 'ENABLED' } } },
        {
          name: 'fsx',
          fsxWindowsFileServerVolumeConfiguration: {
            fileSystemId: 'fs-2',
            rootDirectory: 'd',
            authorizationConfig: { credentialsParameter: 'a', domain: 'b' },
          },
        },
      ],
      proxyConfiguration: { containerName: 'envoy', properties: [{ name: 'IgnoredUID', value: '1337' }] },
      ephemeralStorage: { sizeInGiB: 30 },
      tags: [{ key: 'team', value: 'web' }],
    };
    expectSameAsCloudFormation(doc, 'sample');
  });

  // A sample of the corpus: each synth loads aws-cdk-lib's ECS module and takes about a second on CI.
  const documents = corpusDocuments().filter((_, i) => i % 4 === 0);
  it.skipIf(documents.length === 0)(
    documents.length === 0 ? corpusAbsentMessage : 'synthesizes a sample of the real task definitions to their CloudFormation export',
    () => {
      for (const { name, doc } of documents) expectSameAsCloudFormation(doc, name);
    },
  );
});
