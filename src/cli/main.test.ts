import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ecs-taskdef-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

describe('ecs-taskdef as a process', () => {
  it('exits 0 without errors, 1 with errors and 2 on broken JSON', () => {
    const ok = write('ok.json', {
      family: 'web',
      networkMode: 'bridge',
      containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 128, logConfiguration: { logDriver: 'json-file' } }],
    });
    const bad = write('bad.json', { family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27' }] });
    const broken = write('broken.json', '{"family": ');
    const run = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
    const first = run('lint', ok);
    expect(first.status, first.stderr).toBe(0);
    const second = run('lint', bad);
    expect(second.status).toBe(1);
    expect(second.stdout).toMatch(/bad\.json:4:5 error .* container-memory-required/);
    const third = run('lint', broken);
    expect(third.status).toBe(2);
    expect(third.stderr).toMatch(/broken\.json:1:12: not valid JSON/);
  }, 60_000);
});
