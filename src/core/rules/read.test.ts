import { describe, expect, it } from 'vitest';
import { buildContext, parseTaskCpu, parseTaskMemory } from './context';
import { arr, asBool, asInt, concreteStr, isPlaceholder, isSet, obj } from './read';

describe('readers', () => {
  it('reads integers from numbers and numeric strings only', () => {
    expect([asInt(80), asInt('80'), asInt(' 80 '), asInt(8.5), asInt('8.5'), asInt('${PORT}'), asInt(null), asInt(true)]).toEqual([
      80,
      80,
      80,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads booleans from true/false and their strings', () => {
    expect([asBool(true), asBool('false'), asBool('yes'), asBool(null)]).toEqual([true, false, undefined, undefined]);
  });

  it('treats null, empty lists, empty objects, empty strings and false as unset', () => {
    expect([null, [], {}, '', false, undefined].map(isSet)).toEqual([false, false, false, false, false, false]);
    expect([0, 'x', [1], { a: 1 }, true].map(isSet)).toEqual([true, true, true, true, true]);
  });

  it('returns empty containers for wrong types', () => {
    expect(arr({ a: 1 })).toEqual([]);
    expect(obj([1])).toEqual({});
    expect(obj(null)).toEqual({});
  });

  it('recognizes placeholders and keeps them out of concrete strings', () => {
    expect(isPlaceholder('${IMAGE}')).toBe(true);
    expect(isPlaceholder('<IMAGE1_NAME>')).toBe(true);
    expect(isPlaceholder('nginx:1.27')).toBe(false);
    expect(concreteStr('{{ .Image }}')).toBeUndefined();
    expect(concreteStr('bridge')).toBe('bridge');
  });
});

describe('rule context', () => {
  it('parses task cpu and memory in units, vCPU and GB forms', () => {
    expect(parseTaskCpu('1024')).toEqual({ kind: 'ok', value: 1024 });
    expect(parseTaskCpu('0.25 vCPU')).toEqual({ kind: 'ok', value: 256 });
    expect(parseTaskMemory('2GB')).toEqual({ kind: 'ok', value: 2048 });
    expect(parseTaskMemory('0.5 gb')).toEqual({ kind: 'ok', value: 512 });
    expect(parseTaskMemory('${MEM}')).toEqual({ kind: 'placeholder' });
    expect(parseTaskCpu('fast')).toEqual({ kind: 'invalid', raw: 'fast' });
    expect(parseTaskCpu(undefined)).toEqual({ kind: 'absent' });
  });

  it('derives the effective network mode from launch type and operating system', () => {
    expect(buildContext({}).networkMode).toBe('bridge');
    expect(buildContext({ runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2019_CORE' } }).networkMode).toBe('nat');
    expect(buildContext({ requiresCompatibilities: ['MANAGED_INSTANCES'] }).networkMode).toBe('awsvpc');
    expect(buildContext({ requiresCompatibilities: ['FARGATE'] }).networkMode).toBeUndefined();
    expect(buildContext({ networkMode: '{{networkmode}}' }).networkMode).toBeUndefined();
    expect(buildContext({ networkMode: 'host' }).networkMode).toBe('host');
  });

  it('collects launch types without placeholders and container names once', () => {
    const ctx = buildContext({
      requiresCompatibilities: ['EC2', '{{launchtype}}', 7],
      containerDefinitions: [{ name: 'a' }, { name: 'a' }, 'junk', { essential: false }],
    });
    expect([...ctx.launchTypes]).toEqual(['EC2']);
    expect(ctx.isEc2 && !ctx.isFargate).toBe(true);
    expect([...ctx.containerNames]).toEqual([['a', 0]]);
    expect(ctx.containers.map((c) => [c.isObject, c.essential])).toEqual([
      [true, true],
      [true, true],
      [false, true],
      [true, false],
    ]);
  });
});
