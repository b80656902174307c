import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureLimits, serializedBytes, utf8Length } from './limits';

describe('limits meter', () => {
  it('counts the compact serialization in UTF-8 bytes, not the indented text', () => {
    const doc = { family: 'é', containerDefinitions: [{ name: 'a' }] };
    const text = JSON.stringify(doc, null, 4);
    const report = measureLimits(text, doc);
    expect(report.bytes).toBe(Buffer.byteLength(JSON.stringify(doc)));
    expect(report.textBytes).toBe(Buffer.byteLength(text));
    expect(report).toMatchObject({ maxBytes: 65536, containers: 1, maxContainers: 10, bytesLevel: 'ok', containersLevel: 'ok' });
  });

  it('turns to warning from 90 % and to error above the limit', () => {
    const sized = (n: number) => ({ family: 'x'.repeat(n) });
    const overhead = serializedBytes(sized(0));
    expect(measureLimits('', sized(58_983 - overhead)).bytesLevel).toBe('warning');
    expect(measureLimits('', sized(58_982 - overhead)).bytesLevel).toBe('ok');
    expect(measureLimits('', sized(65_536 - overhead)).bytesLevel).toBe('warning');
    expect(measureLimits('', sized(65_537 - overhead)).bytesLevel).toBe('error');
    const containers = (n: number) => ({ containerDefinitions: Array.from({ length: n }, () => ({})) });
    expect([8, 9, 10, 11].map((n) => measureLimits('', containers(n)).containersLevel)).toEqual(['ok', 'warning', 'warning', 'error']);
  });

  it('falls back to the text size when the document does not parse', () => {
    expect(measureLimits('{"family": "ü",', undefined)).toMatchObject({ bytes: 16, textBytes: 16, containers: 0 });
  });

  it('counts the containers of describe output and of a bare container list', () => {
    expect(measureLimits('', { taskDefinition: { containerDefinitions: [{}, {}] } }).containers).toBe(2);
    expect(measureLimits('', [{}, {}, {}]).containers).toBe(3);
  });

  it('computes the same size as UTF-8 encoding JSON.stringify, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(serializedBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
    const tricky = { a: 'é\u0001"\\\n😀\ud800x\udc00', b: [1.5, null, true, -0, 1e21, undefined], c: undefined };
    expect(serializedBytes(tricky)).toBe(utf8Length(JSON.stringify(tricky)));
  });
});
