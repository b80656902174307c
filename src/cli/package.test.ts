/**
 * The CLI as users get it: `npm pack`, a global install of the tarball with no registry, then the installed
 * `ecs-taskdef` run from outside the repository.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ecs-taskdef-package-'));
const prefix = join(dir, 'global');
const installed = join(prefix, 'lib', 'node_modules', packageJson.name);
const bin = join(prefix, 'bin', 'ecs-taskdef');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The environment without what `npm test` or a CI runner adds (npm_config_*, GITHUB_*, INPUT_*), plus `extra`. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|GITHUB_|INPUT_)/i.test(key)));
  return { ...env, ...extra };
}

function run(command: string, args: string[], cwd: string, env = cleanEnv()): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 90_000 });
}

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(content, null, 2));
  return file;
}

const good = {
  family: 'web',
  networkMode: 'bridge',
  containerDefinitions: [{ name: 'app', image: 'nginx:1.27', memory: 128, logConfiguration: { logDriver: 'json-file' } }],
};
const bad = { family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27' }] };

let packedFiles: string[] = [];
let builtAt = 0;
let install: SpawnSyncReturns<string>;

beforeAll(() => {
  const startedAt = Date.now();
  const pack = run('npm', ['pack', '--json', '--pack-destination', dir], root);
  expect(pack.status, pack.stderr).toBe(0);
  const [result] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  packedFiles = result!.files.map((file) => file.path).sort();
  expect(pack.stderr).toMatch(/prepack/);
  builtAt = statSync(join(root, 'dist-cli', 'main.js')).mtimeMs - startedAt;
  // --offline with an empty cache: the install succeeds only if it needs nothing from a registry.
  const args = ['install', '-g', '--prefix', prefix, join(dir, result!.filename), '--offline', '--cache', join(dir, 'cache')];
  install = run('npm', [...args, '--no-audit', '--no-fund'], dir);
  expect(install.status, install.stderr).toBe(0);
}, 120_000);

describe('the npm package', { timeout: 60_000 }, () => {
  it('packs the built CLI, its entry point, the README and the rules table, and nothing of the sources', () => {
    expect(packedFiles.filter((path) => !/^LICEN[CS]E/.test(path))).toEqual([
      'README.md',
      'bin/ecs-taskdef.js',
      'dist-cli/main.js',
      'docs/rules.md',
      'package.json',
    ]);
  });

  it('builds the CLI when it is packed, so a fresh clone packs a working tarball', () => {
    expect(builtAt).toBeGreaterThanOrEqual(-2000); // dist-cli/main.js was written during `npm pack` (mtime granularity)
  });

  it('installs from the tarball with no registry, no build step and no other package', () => {
    expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual([packageJson.name]);
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) expect(manifest[field]).toBeUndefined();
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts?.[script]).toBeUndefined();
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/build:cli|install-scripts/);
  });

  it('prints the package version for --version and the usage for --help', () => {
    const version = run(bin, ['--version'], dir);
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe(packageJson.version);
    const help = run(bin, ['--help'], dir);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage:\n {2}ecs-taskdef lint \[options\] FILE\.\.\./);
  });

  it('lints a good file with exit 0 and a bad one with exit 1, the problems on stdout', () => {
    const ok = run(bin, ['lint', write('ok.json', good)], dir);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toBe('');
    expect(ok.stderr).toMatch(/0 errors, 0 warnings, .* in 1 file/);
    const failing = run(bin, ['lint', write('bad.json', bad)], dir);
    expect(failing.status, failing.stderr).toBe(1);
    expect(failing.stdout).toMatch(/bad\.json:4:5 error .* container-memory-required/);
  });
});
