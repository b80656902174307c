import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { completeTaskDefinition, minimalTaskDefinition } from './fixtures';
import { taskDefinitionSchema } from './task-definition';

/** Dotted paths of schema members the document never sets (array items are merged). */
function unsetMembers(schema: z.ZodType, value: unknown, at: string): string[] {
  if (schema instanceof z.ZodOptional) return unsetMembers(schema.unwrap() as z.ZodType, value, at);
  if (schema instanceof z.ZodArray) {
    const items = Array.isArray(value) ? value : [];
    if (items.length === 0) return [`${at}[]`];
    const perItem = items.map((item) => new Set(unsetMembers(schema.element as z.ZodType, item, `${at}[]`)));
    return [...(perItem[0] ?? [])].filter((member) => perItem.every((set) => set.has(member)));
  }
  if (schema instanceof z.ZodObject) {
    const object = (value ?? {}) as Record<string, unknown>;
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, member]) =>
      key in object ? unsetMembers(member, object[key], `${at}.${key}`) : [`${at}.${key}`],
    );
  }
  return [];
}

function accepts(doc: unknown): boolean {
  return taskDefinitionSchema.safeParse(doc).success;
}

function withContainer(patch: Record<string, unknown>): unknown {
  return { family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx', ...patch }] };
}

describe('taskDefinitionSchema', () => {
  it('accepts the minimal document', () => {
    expect(accepts(minimalTaskDefinition)).toBe(true);
  });

  it('accepts a complete document that sets every member of every shape', () => {
    expect(unsetMembers(taskDefinitionSchema, completeTaskDefinition, '$')).toEqual([]);
    expect(taskDefinitionSchema.safeParse(completeTaskDefinition).error?.issues).toBeUndefined();
  });

  it('rejects unknown keys at every level', () => {
    expect(accepts({ ...minimalTaskDefinition, revision: 3 })).toBe(false);
    expect(accepts(withContainer({ healthCheck: { command: ['CMD', 'true'], intervall: 5 } }))).toBe(false);
    expect(accepts(withContainer({ resourceRequirements: [{ type: 'GPU', sharingStrategy: { other: {} } }] }))).toBe(false);
  });

  it.each([
    ['family with a space', { family: 'my app', containerDefinitions: [{}] }],
    ['family of 256 characters', { family: 'a'.repeat(256), containerDefinitions: [{}] }],
    ['no containers', { family: 'web', containerDefinitions: [] }],
    ['eleven containers', { family: 'web', containerDefinitions: Array.from({ length: 11 }, () => ({})) }],
    ['51 tags', { ...minimalTaskDefinition, tags: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}` })) }],
    ['an empty tag key', { ...minimalTaskDefinition, tags: [{ key: '' }] }],
    ['a tag key of 129 characters', { ...minimalTaskDefinition, tags: [{ key: 'k'.repeat(129) }] }],
    ['a tag key starting with aws:', { ...minimalTaskDefinition, tags: [{ key: 'AWS:owner' }] }],
    ['ephemeral storage of 20 GiB', { ...minimalTaskDefinition, ephemeralStorage: { sizeInGiB: 20 } }],
    ['ephemeral storage of 201 GiB', { ...minimalTaskDefinition, ephemeralStorage: { sizeInGiB: 201 } }],
    ['11 placement constraints', { ...minimalTaskDefinition, placementConstraints: Array(11).fill({ type: 'memberOf' }) }],
    ['a task cpu given as a number', { ...minimalTaskDefinition, cpu: 256 }],
    ['a task cpu in an unknown unit', { ...minimalTaskDefinition, cpu: '1 core' }],
    ['a task memory in MB', { ...minimalTaskDefinition, memory: '512 MB' }],
    ['networkMode "default"', { ...minimalTaskDefinition, networkMode: 'default' }],
    ['an unknown compatibility', { ...minimalTaskDefinition, requiresCompatibilities: ['LAMBDA'] }],
  ])('rejects %s', (_name, doc) => {
    expect(accepts(doc)).toBe(false);
  });

  it.each([
    ['healthCheck interval 4', { healthCheck: { command: ['CMD', 'true'], interval: 4 } }],
    ['healthCheck interval 301', { healthCheck: { command: ['CMD', 'true'], interval: 301 } }],
    ['healthCheck timeout 1', { healthCheck: { command: ['CMD', 'true'], timeout: 1 } }],
    ['healthCheck timeout 61', { healthCheck: { command: ['CMD', 'true'], timeout: 61 } }],
    ['healthCheck retries 0', { healthCheck: { command: ['CMD', 'true'], retries: 0 } }],
    ['healthCheck retries 11', { healthCheck: { command: ['CMD', 'true'], retries: 11 } }],
    ['healthCheck startPeriod 301', { healthCheck: { command: ['CMD', 'true'], startPeriod: 301 } }],
    ['healthCheck command without CMD', { healthCheck: { command: ['curl', 'localhost'] } }],
    ['restartAttemptPeriod 59', { restartPolicy: { enabled: true, restartAttemptPeriod: 59 } }],
    ['restartAttemptPeriod 1801', { restartPolicy: { enabled: true, restartAttemptPeriod: 1801 } }],
    ['51 ignored exit codes', { restartPolicy: { enabled: true, ignoredExitCodes: Array(51).fill(1) } }],
    ['a restart policy without enabled', { restartPolicy: { restartAttemptPeriod: 60 } }],
    ['11 environment files', { environmentFiles: Array(11).fill({ type: 's3', value: 'arn:aws:s3:::b/a.env' }) }],
    ['an environment file that is not an S3 .env ARN', { environmentFiles: [{ type: 's3', value: 's3://b/a.env' }] }],
    ['two credential specs', { credentialSpecs: ['credentialspec:arn:aws:s3:::a/b', 'credentialspec:arn:aws:s3:::a/c'] }],
    ['containerPort 0', { portMappings: [{ containerPort: 0 }] }],
    ['containerPort 65536', { portMappings: [{ containerPort: 65536 }] }],
    ['a port range in the wrong order', { portMappings: [{ containerPortRange: '9100-9000' }] }],
    ['an upper-case port name', { portMappings: [{ containerPort: 80, name: 'HTTP' }] }],
    ['protocol TCP in upper case', { portMappings: [{ containerPort: 80, protocol: 'TCP' }] }],
    ['memory as a string', { memory: '512' }],
    ['a fractional cpu', { cpu: 0.5 }],
    ['a cpu beyond 32 bits', { cpu: 2 ** 31 }],
    ['swappiness 101', { linuxParameters: { swappiness: 101 } }],
    ['an unknown capability', { linuxParameters: { capabilities: { add: ['CAP_SYS_ADMIN'] } } }],
    ['a sysctl outside the namespaced set', { systemControls: [{ namespace: 'vm.swappiness', value: '1' }] }],
    ['a docker label with a number value', { dockerLabels: { port: 80 } }],
    ['an empty sharing strategy', { resourceRequirements: [{ type: 'GPU', sharingStrategy: {} }] }],
    ['an MPS allocation without memory', { resourceRequirements: [{ type: 'GPU', sharingStrategy: { nvidiaMps: {} } }] }],
    ['an image with a space', { image: 'my image' }],
    ['versionConsistency "on"', { versionConsistency: 'on' }],
  ])('rejects a container with %s', (_name, patch) => {
    expect(accepts(withContainer(patch))).toBe(false);
  });

  it.each([
    [
      'ports at the limits',
      {
        portMappings: [
          { containerPort: 1, hostPort: 0 },
          { containerPort: 65535, hostPort: 65535 },
        ],
      },
    ],
    [
      'healthCheck values at the limits',
      { healthCheck: { command: ['CMD-SHELL', 'true'], interval: 5, timeout: 60, retries: 10, startPeriod: 0 } },
    ],
    [
      'a restart policy at the limits',
      { restartPolicy: { enabled: false, restartAttemptPeriod: 1800, ignoredExitCodes: Array(50).fill(1) } },
    ],
    ['a GPU count without a sharing strategy', { resourceRequirements: [{ type: 'GPU', value: '1' }] }],
    ['ten environment files', { environmentFiles: Array(10).fill({ type: 's3', value: 'arn:aws:s3:::b/a.env' }) }],
    ['a digest-pinned image', { image: `repo/app@sha256:${'0'.repeat(64)}` }],
    ['an fs.mqueue sysctl', { systemControls: [{ namespace: 'fs.mqueue.msg_max', value: '10' }] }],
  ])('accepts a container with %s', (_name, patch) => {
    expect(accepts(withContainer(patch))).toBe(true);
  });

  it.each(['256', '1024', '1 vCPU', '0.25 vcpu', '2vCPU'])('accepts task cpu %j', (cpu) => {
    expect(accepts({ ...minimalTaskDefinition, cpu })).toBe(true);
  });

  it.each(['512', '2GB', '2 GB', '0.5 GB'])('accepts task memory %j', (memory) => {
    expect(accepts({ ...minimalTaskDefinition, memory })).toBe(true);
  });
});
