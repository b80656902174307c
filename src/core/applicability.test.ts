import { describe, expect, it } from 'vitest';
import { fieldApplicability, noteOnValue } from './applicability';
import type { JsonObject } from './issues';

const fargate: JsonObject = { requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', containerDefinitions: [{ name: 'app' }] };
const bridge: JsonObject = { networkMode: 'bridge', containerDefinitions: [{ name: 'app' }] };
const windows: JsonObject = { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' }, containerDefinitions: [{}] };

describe('field applicability', () => {
  it('marks host port as ignored in awsvpc and host mode, with the reason', () => {
    const awsvpc = fieldApplicability({ networkMode: 'awsvpc' }, ['containerDefinitions', 0, 'portMappings', 0, 'hostPort']);
    expect(awsvpc).toMatchObject({ status: 'ignored' });
    expect(awsvpc?.reason).toMatch(/container port/);
    expect(fieldApplicability({ networkMode: 'host' }, ['containerDefinitions', 0, 'portMappings', 1, 'hostPort'])?.status).toBe('ignored');
    expect(fieldApplicability(bridge, ['containerDefinitions', 0, 'portMappings', 0, 'hostPort'])).toBeNull();
  });

  it('forbids the host port next to a container port range', () => {
    const doc: JsonObject = { networkMode: 'bridge', containerDefinitions: [{ portMappings: [{ containerPortRange: '8000-8010' }] }] };
    expect(fieldApplicability(doc, ['containerDefinitions', 0, 'portMappings', 0, 'hostPort'])?.status).toBe('forbidden');
  });

  it('forbids links outside bridge mode, including the default mode of Fargate', () => {
    expect(fieldApplicability(fargate, ['containerDefinitions', 0, 'links'])?.status).toBe('forbidden');
    expect(fieldApplicability({ requiresCompatibilities: ['FARGATE'] }, ['containerDefinitions', 0, 'links', 0])?.reason).toMatch(/bridge/);
    expect(fieldApplicability(bridge, ['containerDefinitions', 0, 'links'])).toBeNull();
    expect(fieldApplicability({}, ['containerDefinitions', 0, 'links'])).toBeNull();
  });

  it('forbids privileged containers, devices and placement constraints on Fargate', () => {
    expect(fieldApplicability(fargate, ['containerDefinitions', 0, 'privileged'])?.reason).toMatch(/Fargate/);
    expect(fieldApplicability(fargate, ['containerDefinitions', 0, 'linuxParameters', 'devices', 0, 'hostPath'])?.status).toBe('forbidden');
    expect(fieldApplicability(fargate, ['placementConstraints', 0, 'expression'])?.status).toBe('forbidden');
    expect(fieldApplicability({ requiresCompatibilities: ['EC2'] }, ['containerDefinitions', 0, 'privileged'])).toBeNull();
  });

  it('restricts only the host value of pidMode on Fargate and forbids ipcMode', () => {
    expect(fieldApplicability(fargate, ['pidMode'])).toMatchObject({ status: 'forbidden', values: ['host'] });
    expect(fieldApplicability(fargate, ['ipcMode'])?.status).toBe('forbidden');
  });

  it('applies every listed launch type at once', () => {
    const both: JsonObject = { requiresCompatibilities: ['EC2', 'MANAGED_INSTANCES'], networkMode: 'host' };
    expect(fieldApplicability(both, ['containerDefinitions', 0, 'dockerLabels'])?.reason).toMatch(/Managed Instances/);
    expect(
      fieldApplicability({ requiresCompatibilities: ['EXTERNAL'] }, ['volumes', 0, 'efsVolumeConfiguration', 'fileSystemId'])?.status,
    ).toBe('forbidden');
  });

  it('forbids Linux-only fields for Windows containers and ignores task size on Windows EC2', () => {
    expect(fieldApplicability(windows, ['containerDefinitions', 0, 'linuxParameters', 'initProcessEnabled'])?.reason).toMatch(/Windows/);
    // Security Hub ECS.21 wants a non-administrator user on Windows, so the field stays open.
    expect(fieldApplicability(windows, ['containerDefinitions', 0, 'user'])).toBeNull();
    expect(fieldApplicability(windows, ['cpu'])?.status).toBe('ignored');
    expect(fieldApplicability({ ...windows, requiresCompatibilities: ['FARGATE'] }, ['cpu'])).toBeNull();
    expect(fieldApplicability(windows, ['runtimePlatform', 'cpuArchitecture'])?.values).toEqual(['ARM64']);
  });

  it('marks swappiness as ignored until max swap is set', () => {
    const doc: JsonObject = { containerDefinitions: [{ linuxParameters: { swappiness: 10 } }] };
    expect(fieldApplicability(doc, ['containerDefinitions', 0, 'linuxParameters', 'swappiness'])?.status).toBe('ignored');
    const withSwap: JsonObject = { containerDefinitions: [{ linuxParameters: { swappiness: 10, maxSwap: 512 } }] };
    expect(fieldApplicability(withSwap, ['containerDefinitions', 0, 'linuxParameters', 'swappiness'])).toBeNull();
  });

  it('prefers a forbidding rule on an enclosing object over an ignoring rule on the field', () => {
    const doc: JsonObject = { ...windows, containerDefinitions: [{ linuxParameters: { swappiness: 10 } }] };
    expect(fieldApplicability(doc, ['containerDefinitions', 0, 'linuxParameters', 'swappiness'])?.status).toBe('forbidden');
  });

  it('returns the same object for the same document and path', () => {
    const path = ['containerDefinitions', 0, 'privileged'];
    expect(fieldApplicability(fargate, path)).toBe(fieldApplicability(fargate, [...path]));
  });

  it('never throws on schema-invalid documents', () => {
    const odd: JsonObject = { requiresCompatibilities: 'FARGATE', runtimePlatform: [], networkMode: 3, containerDefinitions: {} };
    expect(() => fieldApplicability(odd, ['containerDefinitions', 0, 'links'])).not.toThrow();
    expect(fieldApplicability(odd, [])).toBeNull();
  });
});

describe('field applicability identity', () => {
  it('gives the same object for the same answer in another document', () => {
    const path = ['containerDefinitions', 0, 'privileged'];
    expect(fieldApplicability({ ...fargate }, path)).toBe(fieldApplicability({ ...fargate, family: 'x' }, path));
  });

  it('lets a Windows Docker volume use only the "local" driver: any other is marked, the field stays editable', () => {
    const doc: JsonObject = { ...windows, volumes: [{ name: 'v', dockerVolumeConfiguration: { driver: 'rexray/ebs' } }] };
    const note = fieldApplicability(doc, ['volumes', 0, 'dockerVolumeConfiguration', 'driver'])!;
    expect(note).toMatchObject({ status: 'forbidden', onlyValues: ['local'] });
    expect(noteOnValue(note, 'rexray/ebs')).toEqual({ disabled: false, violated: true });
    expect(noteOnValue(note, 'local')).toEqual({ disabled: false, violated: false });
    expect(noteOnValue(note, undefined)).toEqual({ disabled: false, violated: false });
    expect(fieldApplicability(bridge, ['volumes', 0, 'dockerVolumeConfiguration', 'driver'])).toBeNull();
  });
});
