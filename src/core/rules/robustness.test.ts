import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { container, ec2, fargate } from './cases/builders';
import { INTERNAL_ERROR_RULE_ID, runRules } from './index';
import type { Rule } from './types';

/** Sets `value` at a random existing location of a deep copy of `doc`. */
function mutate(doc: unknown, choices: number[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as unknown;
  let node = copy as Record<string | number, unknown>;
  for (const choice of choices) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[choice % keys.length] as string;
    const next = node[key];
    if (next === null || typeof next !== 'object' || choice % 3 === 0) {
      node[key] = value;
      return copy;
    }
    node = next as Record<string | number, unknown>;
  }
  return copy;
}

const rich = fargate(
  [
    container({
      portMappings: [{ containerPort: 80, hostPort: 80, name: 'web' }],
      environment: [{ name: 'A', value: '1' }],
      secrets: [{ name: 'S', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/s' }],
      mountPoints: [{ sourceVolume: 'v', containerPath: '/v' }],
      dependsOn: [{ containerName: 'b', condition: 'HEALTHY' }],
      healthCheck: { command: ['CMD-SHELL', 'true'] },
      linuxParameters: { capabilities: { add: ['SYS_PTRACE'] }, swappiness: 1 },
      ulimits: [{ name: 'nofile', softLimit: 1, hardLimit: 2 }],
      systemControls: [{ namespace: 'net.core.somaxconn', value: '1' }],
      resourceRequirements: [{ type: 'GPU', value: '1' }],
    }),
    container({ name: 'b', cpu: 0, links: ['app'], firelensConfiguration: { type: 'fluentbit', options: { 'config-file-type': 'file' } } }),
  ],
  {
    volumes: [{ name: 'v', efsVolumeConfiguration: { fileSystemId: 'fs', authorizationConfig: { iam: 'ENABLED' } } }],
    proxyConfiguration: { containerName: 'b', properties: [{ name: 'IgnoredUID', value: '1' }] },
    tags: [{ key: 'a', value: 'b' }],
    runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' },
  },
);

describe('robustness', () => {
  it('never throws and never reports an internal error on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const issues = runRules(value);
        expect(issues.filter((i) => i.ruleId === INTERNAL_ERROR_RULE_ID)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a rich document with any field replaced by any JSON value', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), (choices, value) => {
        const issues = runRules(mutate(rich, choices, value));
        expect(issues.filter((i) => i.ruleId === INTERNAL_ERROR_RULE_ID)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('reads numbers written as strings and nulls written by describe output without failing', () => {
    const doc = ec2(
      [container({ cpu: '256', memory: '512', essential: null, portMappings: null, environment: null, mountPoints: [null, 3] })],
      { volumes: null },
    );
    expect(runRules(doc).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('reports a rule that throws as an internal-error warning and keeps running the others', () => {
    const broken: Rule = {
      id: 'broken',
      refs: ['BP'],
      severity: 'error',
      title: 'x',
      why: 'x',
      fix: 'x',
      check: () => {
        throw new Error('boom');
      },
    };
    const fine: Rule = {
      ...broken,
      id: 'fine',
      check: () => [{ path: [], message: 'Fine.', severity: 'info', ruleId: 'fine', source: 'rule' }],
    };
    const issues = runRules(ec2(), [broken, fine]);
    expect(issues.map((i) => [i.ruleId, i.severity])).toEqual([
      [INTERNAL_ERROR_RULE_ID, 'warning'],
      ['fine', 'info'],
    ]);
    expect(issues[0]?.message).toMatch(/"broken" failed on this document \(boom\)/);
  });
});
