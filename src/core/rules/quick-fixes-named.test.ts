import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues';
import { container, ec2, fargate } from './cases/builders';
import { findRule, runRules } from './index';

type Doc = Record<string, unknown>;

/** The issues of `ruleId` in `doc`. */
const issuesOf = (doc: unknown, ruleId: string) => runRules(doc).filter((i) => i.ruleId === ruleId);

/** Applies the quick fix of the first issue of `ruleId` (or the one `pick` chooses) and returns the result. */
function fix(doc: unknown, ruleId: string, pick: (issues: Issue[]) => Issue | undefined = (all) => all[0]) {
  const found = pick(issuesOf(doc, ruleId));
  expect(found, `an issue of ${ruleId}`).toBeDefined();
  const quick = findRule(ruleId)?.quickFix?.(doc, found!);
  expect(quick, `a quick fix for ${ruleId}`).toBeDefined();
  const before = JSON.stringify(doc);
  const fixed = quick!.apply(doc) as Doc;
  expect(JSON.stringify(doc), 'the input document is left untouched').toBe(before);
  return { fixed, label: quick!.label, after: issuesOf(fixed, ruleId) };
}

const containers = (doc: Doc) => doc.containerDefinitions as Doc[];

describe('quick fixes named in the messages', () => {
  it('sets awsvpc on a Fargate task that has no network mode', () => {
    const { fixed, label, after } = fix(fargate(undefined, { networkMode: undefined }), 'network-mode-compatibility');
    expect(label).toBe('Set network mode to awsvpc');
    expect(fixed.networkMode).toBe('awsvpc');
    expect(after).toEqual([]);
  });

  it('replaces bridge by awsvpc on Fargate', () => {
    const { fixed, after } = fix(fargate(undefined, { networkMode: 'bridge' }), 'network-mode-compatibility');
    expect(fixed.networkMode).toBe('awsvpc');
    expect(after).toEqual([]);
  });

  it('replaces awsvpc by bridge on EXTERNAL, which has no awsvpc', () => {
    const { fixed, after } = fix(
      ec2(undefined, { requiresCompatibilities: ['EXTERNAL'], networkMode: 'awsvpc' }),
      'network-mode-compatibility',
    );
    expect(fixed.networkMode).toBe('bridge');
    expect(after).toEqual([]);
  });

  it.each([
    ['memory that cpu 512 does not offer', { cpu: '512', memory: '6144' }, '512', '4096'],
    ['memory between two choices, to the closer one', { cpu: '1024', memory: '2500' }, '1024', '2048'],
    ['a cpu between two sizes, rounded up', { cpu: '700', memory: '2048' }, '1024', '2048'],
    ['a cpu above the largest size', { cpu: '65536', memory: '65536' }, '16384', '65536'],
    ['a missing memory, the smallest of the size', { cpu: '2048', memory: undefined }, '2048', '4096'],
    ['a missing cpu, the smallest size offering the memory', { cpu: undefined, memory: '3072' }, '512', '3072'],
    ['the "1 vCPU" form, written as units', { cpu: '1 vCPU', memory: '1 GB' }, '1024', '2048'],
  ])('moves %s to the nearest valid Fargate size', (_name, size, cpu, memory) => {
    const { fixed, label, after } = fix(fargate(undefined, size), 'fargate-cpu-memory');
    expect([fixed.cpu, fixed.memory]).toEqual([cpu, memory]);
    expect(label).toBe(`Use cpu ${cpu} with memory ${memory} MiB`);
    expect(after).toEqual([]);
  });

  it('keeps Windows on the sizes Windows has', () => {
    const doc = fargate([container({ user: undefined, readonlyRootFilesystem: undefined })], {
      cpu: '512',
      memory: '1024',
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' },
    });
    const { fixed, after } = fix(doc, 'fargate-cpu-memory');
    expect([fixed.cpu, fixed.memory]).toEqual(['1024', '2048']);
    expect(after).toEqual([]);
  });

  it('removes the links of a container in awsvpc mode', () => {
    const doc = fargate([container({ links: ['db'] }), container({ name: 'db' })]);
    const { fixed, label, after } = fix(doc, 'links-need-bridge');
    expect(label).toBe('Remove links');
    expect(containers(fixed)[0]).not.toHaveProperty('links');
    expect(after).toEqual([]);
  });

  it('removes one bad link and keeps the others', () => {
    const doc = ec2([container({ links: ['db', 'nowhere'] }), container({ name: 'db' })]);
    const { fixed, label, after } = fix(doc, 'links-need-bridge');
    expect(label).toBe('Remove link "nowhere"');
    expect(containers(fixed)[0]!.links).toEqual(['db']);
    expect(after).toEqual([]);
  });

  it('removes the empty links array with the last link', () => {
    const doc = ec2([container({ links: ['app'] })]);
    const { fixed, after } = fix(doc, 'links-need-bridge');
    expect(containers(fixed)[0]).not.toHaveProperty('links');
    expect(after).toEqual([]);
  });

  it('adds a memoryReservation to a container without memory in a task without memory', () => {
    const doc = ec2([container({ memory: undefined }), container({ name: 'b' })], { memory: undefined });
    const { fixed, label, after } = fix(doc, 'container-memory-required');
    expect(label).toBe('Add memoryReservation 512 MiB');
    expect(containers(fixed)[0]!.memoryReservation).toBe(512);
    expect(after).toEqual([]);
  });
});
