import { describe, expect, it } from 'vitest';
import { interpolateString } from './interpolate';
import { Reporter } from './reporter';
import { cpuUnits, parseDuration, parseMebibytes } from './units';

const run = (text: string, vars: Record<string, string> = {}) => {
  const r = Reporter.root();
  return { out: interpolateString(text, vars, r, ['x']), report: r.entries };
};

describe('compose interpolation', () => {
  it('follows the compose spec for set, empty and unset variables', () => {
    const vars = { SET: 'v', EMPTY: '' };
    expect(run('${SET} $SET ${SET:-d} ${EMPTY:-d} ${EMPTY-d} ${UNSET-d}', vars).out).toBe('v v v d  d');
    expect(run('${SET:+alt}|${EMPTY:+alt}|${EMPTY+alt}|${UNSET+alt}', vars).out).toBe('alt||alt|');
    expect(run('${UNSET:-${SET}}', vars).out).toBe('v');
    expect(run('$$SET costs $$5', vars).out).toBe('$SET costs $5');
  });

  it('keeps unset and required variables as ${NAME} placeholders, reported', () => {
    const { out, report } = run('$UNSET/${REQ:?needed}');
    expect(out).toBe('${UNSET}/${REQ}');
    expect(report.map((e) => e.severity)).toEqual(['warning', 'warning']);
    expect(report[1]!.message).toContain('needed');
  });

  it('keeps an unclosed ${ as written, reported', () => {
    const { out, report } = run('a ${B');
    expect(out).toBe('a ${B');
    expect(report).toHaveLength(1);
  });
});

describe('units', () => {
  it('reads compose durations in seconds', () => {
    expect(parseDuration('1m30s')).toBe(90);
    expect(parseDuration('1h')).toBe(3600);
    expect(parseDuration('500ms')).toBe(0.5);
    expect(parseDuration('10')).toBe(10);
    expect(parseDuration('10x')).toBeUndefined();
  });

  it('reads byte sizes in MiB and CPU counts in units', () => {
    expect(parseMebibytes('512m')).toBe(512);
    expect(parseMebibytes('1gb')).toBe(1024);
    expect(parseMebibytes(1_000_000_000)).toBe(954);
    expect(parseMebibytes('lots')).toBeUndefined();
    expect(cpuUnits('0.5')).toBe(512);
    expect(cpuUnits(2)).toBe(2048);
  });
});
