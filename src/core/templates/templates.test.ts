import { describe, expect, it } from 'vitest';
import { restoreTaskDefinition, serializeForRegister } from '../import-export';
import type { JsonObject } from '../issues';
import { TEMPLATES, getTemplate, instantiateTemplate } from './index';

type Container = JsonObject & { name: string; image: string };

/** Fargate task sizes (reference §4.2, Linux, without the unconfirmed 32 vCPU row). */
function fargateMemoryFor(cpu: number): number[] {
  const range = (from: number, to: number, step: number) => Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step);
  const table: Record<number, number[]> = {
    256: [512, 1024, 2048],
    512: [1024, 2048, 3072, 4096],
    1024: range(2048, 8192, 1024),
    2048: range(4096, 16384, 1024),
    4096: range(8192, 30720, 1024),
    8192: range(16384, 61440, 4096),
    16384: range(32768, 122880, 8192),
  };
  return table[cpu] ?? [];
}

/** The reference's rules (§4) that these templates touch, as a list of broken ones. */
function problems(doc: JsonObject): string[] {
  const found: string[] = [];
  const check = (ok: boolean, rule: string) => ok || found.push(rule);
  const containers = doc.containerDefinitions as Container[];
  const names = containers.map((c) => c.name);
  const volumes = ((doc.volumes ?? []) as JsonObject[]).map((v) => v.name);
  const fargate = ((doc.requiresCompatibilities ?? []) as string[]).includes('FARGATE');
  const mode = (doc.networkMode as string | undefined) ?? 'bridge';
  const logDrivers = containers.map((c) => (c.logConfiguration as JsonObject | undefined)?.logDriver);

  check(/^[A-Za-z0-9_-]{1,255}$/.test(doc.family as string), 'R-TD-1 family');
  check(containers.length >= 1 && containers.length <= 10, 'R-TD-2 container count');
  check(
    containers.some((c) => c.essential !== false),
    'R-TD-4 an essential container',
  );
  check(new Set(names).size === names.length && names.every((n) => /^[A-Za-z0-9_-]{1,255}$/.test(n)), 'R-TD-5 names');
  check(
    containers.every((c) => /:[\w][\w.-]*$/.test(c.image) && !c.image.endsWith(':latest')),
    'R-IMG pinned tag',
  );
  check(!fargate || mode === 'awsvpc', 'R-NET-1 awsvpc on Fargate');
  if (fargate) check(fargateMemoryFor(Number(doc.cpu)).includes(Number(doc.memory)), 'R-FG-SIZE');
  const secrets = containers.some((c) => c.secrets !== undefined || c.repositoryCredentials !== undefined);
  check(!secrets || typeof doc.executionRoleArn === 'string', 'R-TD-16 execution role for secrets');
  check(!fargate || !logDrivers.includes('awslogs') || typeof doc.executionRoleArn === 'string', 'R-TD-17 execution role for awslogs');
  check(doc.memory !== undefined || containers.every((c) => Number(c.memory ?? c.memoryReservation) > 0), 'R-MEM-1');
  const reserved = containers.reduce((sum, c) => sum + Number(c.memoryReservation ?? c.memory ?? 0), 0);
  check(doc.memory === undefined || reserved <= Number(doc.memory), 'R-TD-10 memory sum');
  for (const c of containers) {
    const ports = (c.portMappings ?? []) as JsonObject[];
    check(mode !== 'awsvpc' || ports.every((p) => p.hostPort === undefined || p.hostPort === p.containerPort), 'R-NET-6 hostPort');
    check(c.links === undefined || mode === 'bridge', 'R-NET-7 links need bridge');
    check(
      ((c.links ?? []) as string[]).every((l) => names.includes(l.split(':')[0] as string)),
      'R-NET-7 link targets',
    );
    check(
      ((c.mountPoints ?? []) as JsonObject[]).every((m) => volumes.includes(m.sourceVolume as string)),
      'R-REF-1 volumes',
    );
    for (const dep of (c.dependsOn ?? []) as JsonObject[]) {
      const target = containers.find((t) => t.name === dep.containerName);
      check(target !== undefined && target !== c, 'R-REF-3 dependsOn target');
      check(dep.condition !== 'HEALTHY' || target?.healthCheck !== undefined, 'R-REF-5 HEALTHY needs a health check');
    }
    const log = c.logConfiguration as { logDriver: string; options: Record<string, string> } | undefined;
    if (log?.logDriver === 'awslogs') {
      check(
        ['awslogs-group', 'awslogs-region', 'awslogs-stream-prefix'].every((k) => k in log.options),
        'R-LOG-1 awslogs options',
      );
    }
    const health = c.healthCheck as { command: string[] } | undefined;
    check(!health || ['CMD', 'CMD-SHELL'].includes(health.command[0] as string), 'R-HC-1');
  }
  const routers = containers.filter((c) => c.firelensConfiguration !== undefined);
  check(!logDrivers.includes('awsfirelens') || routers.length === 1, 'R-REF-7 one FireLens router');
  for (const v of (doc.volumes ?? []) as JsonObject[]) {
    const efs = v.efsVolumeConfiguration as JsonObject | undefined;
    const auth = efs?.authorizationConfig as JsonObject | undefined;
    check(!auth || efs?.transitEncryption === 'ENABLED', 'R-EFS-1 transit encryption');
    check(!fargate || ((v.host as JsonObject | undefined)?.sourcePath === undefined && !v.dockerVolumeConfiguration), 'Fargate volumes');
  }
  return found;
}

describe('templates', () => {
  it('has the five templates, blank first, with unique ids and one-line descriptions', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      'blank',
      'mariadb-ec2-bridge',
      'web-and-database-bridge',
      'fargate-firelens',
      'fargate-efs',
    ]);
    for (const template of TEMPLATES) {
      expect(template.title).toMatch(/\S/);
      expect(template.description).toMatch(/^[^\n]{10,140}$/);
    }
  });

  it('leaves the blank template blank: an empty family and one empty container', () => {
    expect(getTemplate('blank')?.document).toEqual({ family: '', containerDefinitions: [{ name: '', image: '' }] });
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s imports as clean register input', (_id, template) => {
    const result = restoreTaskDefinition(serializeForRegister(template.document));
    if (!result.ok) throw new Error(result.message);
    expect(result.shape).toBe('register-input');
    expect(result.doc).toEqual(template.document);
    const { report } = result;
    expect([report.removed, report.unknownKeys, report.placeholders, report.numbersAsStrings, report.duplicateKeys]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it.each(TEMPLATES.filter((t) => t.id !== 'blank').map((t) => [t.id, t] as const))(
    '%s follows the ECS rules of the reference',
    (_id, template) => {
      expect(problems(template.document)).toEqual([]);
    },
  );

  it('sets up the FireLens template as described', () => {
    const doc = getTemplate('fargate-firelens')?.document as JsonObject;
    const [router, web] = doc.containerDefinitions as JsonObject[];
    expect(doc).toMatchObject({
      networkMode: 'awsvpc',
      cpu: '512',
      memory: '1024',
      executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    });
    expect(router).toMatchObject({ firelensConfiguration: { type: 'fluentbit' }, logConfiguration: { logDriver: 'awslogs' } });
    expect(web).toMatchObject({
      logConfiguration: { logDriver: 'awsfirelens' },
      dependsOn: [{ containerName: 'log_router', condition: 'START' }],
    });
  });

  it('gives a copy that can be edited without changing the template', () => {
    const copy = instantiateTemplate('blank') as JsonObject;
    (copy.containerDefinitions as JsonObject[]).push({ name: 'extra' });
    expect(getTemplate('blank')?.document.containerDefinitions).toHaveLength(1);
    expect(instantiateTemplate('nope')).toBeUndefined();
  });
});
