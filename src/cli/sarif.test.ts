import { describe, expect, it } from 'vitest';
import { allRules } from '../core/rules/index';
import { artifactUri } from './formats';
import { runCli } from './run-cli';
import { memoryIo } from './test-io';

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
    }[];
  }[];
}

const text = JSON.stringify(
  { family: 'web', networkMode: 'bridge', containerDefinitions: [{ name: 'app', image: 'nginx', memory: 0, extra: 1 }] },
  null,
  2,
);

function sarif(files: Record<string, string>, args: string[]): { log: SarifLog; exit: number } {
  const io = memoryIo(files);
  const exit = runCli(['lint', '--format', 'sarif', ...args], io, '9.9.9');
  return { log: JSON.parse(io.out.join('')) as SarifLog, exit };
}

describe('SARIF output', () => {
  it('writes a SARIF 2.1.0 log whose driver lists every rule', () => {
    const { log, exit } = sarif({ 'infra/task def.json': text }, ['infra/task def.json']);
    expect(exit).toBe(1);
    expect(log.version).toBe('2.1.0');
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('ecs-taskdef');
    for (const rule of allRules) expect(driver.rules.some((r) => r.id === rule.id)).toBe(true);
  });

  it('gives each result a rule index, a level and a physical location', () => {
    const { log } = sarif({ 't.json': text }, ['t.json']);
    const run = log.runs[0]!;
    const memory = run.results.find((r) => r.ruleId === 'container-memory-minimum');
    expect(memory).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 't.json' }, region: { startLine: 8, startColumn: 7 } } }],
    });
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    const unknown = run.results.find((r) => r.ruleId === 'schema-unknown-key');
    expect(unknown?.level).toBe('warning');
  });

  it('turns file names into artifact URIs', () => {
    expect(artifactUri('./infra/task def.json')).toBe('infra/task%20def.json');
    expect(artifactUri('C:\\work\\t.json')).toBe('file:///C:/work/t.json');
    expect(artifactUri('/tmp/t.json')).toBe('file:///tmp/t.json');
  });
});
