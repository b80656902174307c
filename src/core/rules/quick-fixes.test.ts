import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues';
import { at, container, ec2, fargate } from './cases/builders';
import { allRules, findRule, runRules } from './index';
import { secretParameterPlaceholder } from './secrets-in-environment';

/** Applies the quick fix of the first issue of `ruleId` and returns the fixed document and the issues after it. */
function fix(doc: unknown, ruleId: string) {
  const found = runRules(doc).find((i) => i.ruleId === ruleId) as Issue;
  expect(found, `an issue of ${ruleId}`).toBeDefined();
  const quick = findRule(ruleId)?.quickFix?.(doc, found);
  expect(quick, `a quick fix for ${ruleId}`).toBeDefined();
  const before = JSON.stringify(doc);
  const fixed = quick!.apply(doc);
  expect(JSON.stringify(doc), 'the input document is left untouched').toBe(before);
  return { fixed: fixed as Record<string, unknown>, label: quick!.label, after: runRules(fixed) };
}

describe('quick fixes', () => {
  it('moves a secret-looking variable to secrets with an SSM placeholder and adds an execution role', () => {
    const doc = ec2(
      [
        container({
          environment: [
            { name: 'LOG_LEVEL', value: 'info' },
            { name: 'DB_PASSWORD', value: 'hunter2' },
          ],
        }),
      ],
      { executionRoleArn: undefined },
    );
    const { fixed, label, after } = fix(doc, 'secrets-in-environment');
    expect(label).toBe('Move "DB_PASSWORD" to secrets');
    const app = (fixed.containerDefinitions as Record<string, unknown>[])[0]!;
    expect(app.environment).toEqual([{ name: 'LOG_LEVEL', value: 'info' }]);
    expect(app.secrets).toEqual([{ name: 'DB_PASSWORD', valueFrom: secretParameterPlaceholder('DB_PASSWORD') }]);
    expect(secretParameterPlaceholder('X')).toBe('arn:aws:ssm:${AWS_REGION}:${AWS_ACCOUNT_ID}:parameter/X');
    expect(fixed.executionRoleArn).toMatch(/role\/ecsTaskExecutionRole$/);
    expect(after.filter((i) => i.severity === 'error')).toEqual([]);
    expect(after.some((i) => i.ruleId === 'secrets-in-environment')).toBe(false);
  });

  it('sets hostPort to the container port in awsvpc mode', () => {
    const { fixed, after } = fix(
      fargate([container({ portMappings: [{ containerPort: 80, hostPort: 8080 }] })]),
      'host-port-equals-container-port',
    );
    expect((fixed.containerDefinitions as { portMappings: unknown[] }[])[0]!.portMappings).toEqual([{ containerPort: 80, hostPort: 80 }]);
    expect(after.some((i) => i.ruleId === 'host-port-equals-container-port')).toBe(false);
  });

  it('declares a missing volume', () => {
    const { fixed, after } = fix(
      ec2([container({ mountPoints: [{ sourceVolume: 'data', containerPath: '/d' }] })]),
      'mount-source-volume-declared',
    );
    expect(fixed.volumes).toEqual([{ name: 'data' }]);
    expect(after.some((i) => i.ruleId === 'mount-source-volume-declared')).toBe(false);
  });

  it('makes a COMPLETE dependency target non-essential', () => {
    const doc = fargate([
      container({ dependsOn: [{ containerName: 'init', condition: 'COMPLETE' }] }),
      container({ name: 'init', cpu: 0 }),
    ]);
    const { label, after } = fix(doc, 'dependency-condition-essential');
    expect(label).toBe('Make container "init" non-essential');
    expect(after.some((i) => i.ruleId === 'dependency-condition-essential')).toBe(false);
  });

  it('renames a misspelt awslogs option to the closest known key, keeping the order of the options', () => {
    const options = { 'awslogs-group': 'g', 'awslogs-regoin': 'eu-west-1', 'awslogs-stream-prefix': 'p' };
    const doc = fargate([container({ logConfiguration: { logDriver: 'awslogs', options } })]);
    const { fixed, label, after } = fix(doc, 'awslogs-options');
    expect(label).toBe('Rename "awslogs-regoin" to "awslogs-region"');
    const renamed = (fixed.containerDefinitions as { logConfiguration: { options: Record<string, string> } }[])[0]!.logConfiguration
      .options;
    expect(Object.entries(renamed)).toEqual([
      ['awslogs-group', 'g'],
      ['awslogs-region', 'eu-west-1'],
      ['awslogs-stream-prefix', 'p'],
    ]);
    expect(after.some((i) => i.ruleId === 'awslogs-options')).toBe(false);
  });

  it('offers no rename when nothing is close to the unknown awslogs option', () => {
    const options = { 'awslogs-group': 'g', 'awslogs-region': 'r', 'awslogs-stream-prefix': 'p', retention: '7' };
    const doc = fargate([container({ logConfiguration: { logDriver: 'awslogs', options } })]);
    const found = runRules(doc).find((i) => i.ruleId === 'awslogs-options')!;
    expect(findRule('awslogs-options')?.quickFix?.(doc, found)).toBeUndefined();
  });

  it('adds FARGATE to requiresCompatibilities of a Fargate-shaped task, so that the Fargate checks run', () => {
    const doc = fargate([container({ dnsServers: ['10.0.0.2'] })], { requiresCompatibilities: undefined });
    const { fixed, label, after } = fix(doc, 'fargate-shaped-without-compatibilities');
    expect(label).toBe('Add "requiresCompatibilities": ["FARGATE"]');
    expect(fixed.requiresCompatibilities).toEqual(['FARGATE']);
    expect(after.some((i) => i.ruleId === 'fargate-shaped-without-compatibilities')).toBe(false);
    expect(after.some((i) => i.ruleId === 'fargate-unsupported-fields')).toBe(true);
  });

  it.each([
    [['npm start'], ['npm', 'start'], 'Split command into 2 arguments'],
    [['npm run migrate && npm start'], ['sh', '-c', 'npm run migrate && npm start'], 'Run command with sh -c'],
    [['"nginx"', '"-g"', '"daemon off;"'], ['nginx', '-g', 'daemon off;'], 'Remove the literal quotes from command'],
  ])('rewrites command %j as an argument array', (command, expected, expectedLabel) => {
    const { fixed, label, after } = fix(ec2([container({ command })]), 'command-array-form');
    expect(label).toBe(expectedLabel);
    expect((fixed.containerDefinitions as { command: unknown }[])[0]!.command).toEqual(expected);
    expect(after.some((i) => i.ruleId === 'command-array-form')).toBe(false);
  });

  it('adds an awslogs configuration to a container without one', () => {
    const { fixed, after } = fix(fargate([container({ logConfiguration: undefined })]), 'log-configuration');
    expect((fixed.containerDefinitions as { logConfiguration: unknown }[])[0]!.logConfiguration).toEqual({
      logDriver: 'awslogs',
      options: { 'awslogs-group': '/ecs/web', 'awslogs-region': '${AWS_REGION}', 'awslogs-stream-prefix': 'ecs' },
    });
    expect(after.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it.each([
    ['privileged-container', ec2([container({ privileged: true })])],
    ['readonly-root-filesystem', ec2([container({ readonlyRootFilesystem: false })])],
    ['efs-transit-encryption', fargate(undefined, { volumes: [{ name: 'e', efsVolumeConfiguration: { fileSystemId: 'fs-1' } }] })],
    [
      'efs-volume-settings',
      fargate(undefined, {
        volumes: [{ name: 'e', efsVolumeConfiguration: { fileSystemId: 'fs-1', authorizationConfig: { iam: 'ENABLED' } } }],
      }),
    ],
    ['host-namespaces', ec2(undefined, { pidMode: 'host' })],
    ['no-hostname-in-awsvpc', fargate([container({ hostname: 'web' })])],
    ['no-ports-in-none-mode', ec2([container({ portMappings: [{ containerPort: 80 }] })], { networkMode: 'none' })],
    ['memory-reservation-limit', ec2([container({ memory: 128, memoryReservation: 256 })])],
    ['fargate-unsupported-fields', fargate([container({ dnsServers: ['10.0.0.2'] })])],
    [
      'windows-unsupported-fields',
      fargate([container({ readonlyRootFilesystem: undefined, user: 'ContainerUser', dnsServers: ['10.0.0.2'] })], {
        cpu: '1024',
        memory: '2048',
        runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' },
      }),
    ],
    [
      'windows-non-admin-user',
      fargate([container({ readonlyRootFilesystem: undefined, user: 'ContainerAdministrator' })], {
        cpu: '1024',
        memory: '2048',
        runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' },
      }),
    ],
    ['read-only-fields', fargate(undefined, { revision: 2, status: 'ACTIVE' })],
    [
      'duplicate-environment-names',
      ec2([
        container({
          environment: [
            { name: 'A', value: '1' },
            { name: 'A', value: '2' },
          ],
        }),
      ]),
    ],
    ['essential-container', ec2([container({ essential: false })])],
  ])('fixes %s so that its issue is gone', (ruleId, doc) => {
    const count = (issues: Issue[]) => issues.filter((i) => i.ruleId === ruleId).length;
    const { after } = fix(doc, ruleId);
    expect(count(after)).toBeLessThan(count(runRules(doc)));
  });

  it('offers no quick fix for issues whose fix is not obvious', () => {
    expect(findRule('image-tag')?.quickFix).toBeUndefined();
    expect(
      findRule('host-namespaces')?.quickFix?.(ec2(), {
        path: ['networkMode'],
        message: '',
        severity: 'warning',
        ruleId: 'host-namespaces',
        source: 'rule',
      }),
    ).toBeUndefined();
  });

  it('has quick fixes that never throw on the issues they are offered for', () => {
    const docs = [
      fargate([container({ hostname: 'x', privileged: true, environment: [{ name: 'TOKEN', value: 'abc' }] })], { pidMode: 'host' }),
      ec2([{}], { volumes: [{}] }),
    ];
    for (const doc of docs) {
      for (const found of runRules(doc)) {
        const rule = allRules.find((r) => r.id === found.ruleId);
        expect(() => rule?.quickFix?.(doc, found)?.apply(doc)).not.toThrow();
      }
    }
  });

  it('points the host-port fix at the mapping path', () => {
    const found = runRules(fargate([container({ portMappings: [{ containerPort: 80, hostPort: 81 }] })])).find(
      (i) => i.ruleId === 'host-port-equals-container-port',
    );
    expect(found?.path).toEqual(at(0, 'portMappings', 0, 'hostPort'));
  });
});
