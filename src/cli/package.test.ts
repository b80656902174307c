/**
 * The CLI as users get it: `npm pack`, a global install of the tarball with no registry, then the installed
 * `ecs-taskdef` run from outside the repository; and the GitHub Action's lint step (bin/action-lint.js, what
 * action.yml runs) with the environment the runner gives it. One file, so the CLI is built once (by `npm pack`'s
 * prepack) and nothing else runs while dist-cli/ is being rebuilt.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
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
    const convertHelp = run(bin, ['convert', '--help'], dir); // the bundle carries every command, not only lint
    expect(convertHelp.status, convertHelp.stderr).toBe(0);
    expect(convertHelp.stdout).toContain('ecs-taskdef convert');
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

describe('the GitHub Action (action.yml running bin/action-lint.js)', { timeout: 60_000 }, () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { required?: boolean; default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: {
      using: string;
      steps: { id?: string; run?: string; uses?: string; env?: Record<string, string>; 'working-directory'?: string }[];
    };
  };
  const script = join(root, 'bin', 'action-lint.js');
  const workspace = join(dir, 'workspace');
  write('workspace/deploy/web.json', good);
  write('workspace/deploy/jobs/worker.json', bad);
  write('workspace/node_modules/some-package/task.json', bad);

  /** Runs the lint step as the runner would: in the workspace, with the action's folder and inputs in the environment. */
  function runStep(inputs: Record<string, string>) {
    const output = join(dir, `github-output-${Math.random().toString(36).slice(2)}`);
    writeFileSync(output, '');
    const env = cleanEnv({ ...inputs, GITHUB_ACTION_PATH: installed, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: output });
    const result = run(process.execPath, [script], workspace, env);
    return { ...result, outputs: readFileSync(output, 'utf8') };
  }

  it('is a composite action whose lint step passes every input the script reads, and installs from its own folder', () => {
    expect(action.runs.using).toBe('composite');
    const lintStep = action.runs.steps.find((step) => step.id === 'lint');
    expect(lintStep?.run).toContain('$GITHUB_ACTION_PATH/bin/action-lint.js');
    const read = [...readFileSync(script, 'utf8').matchAll(/env\.(INPUT_[A-Z_]+)/g)].map((match) => match[1]);
    expect(Object.keys(lintStep?.env ?? {}).sort()).toEqual([...new Set(read)].sort());
    for (const [name, value] of Object.entries(lintStep?.env ?? {})) {
      const input = name.slice('INPUT_'.length).toLowerCase().replaceAll('_', '-');
      expect(action.inputs[input], `input ${input}`).toBeDefined();
      expect(value).toBe(`\${{ inputs.${input} }}`);
    }
    expect(action.inputs.files?.required).toBe(true);
    expect(action.inputs['min-severity']?.default).toBe('warning');
    const install = action.runs.steps.find((step) => step.run?.includes('npm ci'));
    expect(install?.['working-directory']).toBe('${{ github.action_path }}');
    expect(install?.run).toContain('npm run build:cli');
    expect(action.runs.steps.some((step) => step.uses?.startsWith('actions/setup-node@'))).toBe(true);
    expect(action.outputs['sarif-file']?.value).toBe('${{ steps.lint.outputs.sarif-file }}');
  });

  it('fails on errors, lints every file a glob matches outside node_modules and writes the SARIF report', () => {
    const step = runStep({ INPUT_FILES: 'deploy/**/*.json', INPUT_MIN_SEVERITY: 'warning', INPUT_SARIF_FILE: 'reports/ecs.sarif' });
    expect(step.status, step.stderr).toBe(1);
    expect(step.stdout).toMatch(/^deploy\/jobs\/worker\.json:4:5 error .* container-memory-required$/m);
    expect(step.stdout).toContain('::error title=ecs-taskdef::The task definitions have errors');
    // Annotations on the file: an error and a warning, message escaped for workflow commands.
    expect(step.stdout).toMatch(
      /^::error file=deploy\/jobs\/worker\.json,line=4,col=5,title=container-memory-required::Container "app" needs "memory"/m,
    );
    expect(step.stdout).toMatch(/^::warning file=deploy\/jobs\/worker\.json,line=\d+,col=\d+,title=log-configuration::/m);
    expect(step.stdout).not.toMatch(/^::notice /m); // below min-severity
    expect(step.stderr).toMatch(/1 error, .* in 2 files/);
    expect(step.outputs).toBe('sarif-file=reports/ecs.sarif\n');
    const sarif = JSON.parse(readFileSync(join(workspace, 'reports', 'ecs.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const uris = sarif.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toContain('deploy/jobs/worker.json');
    expect(uris.some((uri: string) => uri.includes('node_modules'))).toBe(false);
  });

  it('passes with exit 0 on files without errors and writes no SARIF unless asked', () => {
    const step = runStep({ INPUT_FILES: 'deploy/web.json\ndeploy/*.json', INPUT_MIN_SEVERITY: '', INPUT_SARIF_FILE: '' });
    expect(step.status, step.stdout + step.stderr).toBe(0);
    expect(step.stderr).toMatch(/0 errors, .* in 1 file/);
    expect(step.stdout).not.toContain('::error');
    expect(step.outputs).toBe('');
  });

  it('stops with exit 2 and says why on a glob that matches nothing or a bad min-severity', () => {
    const none = runStep({ INPUT_FILES: 'taskdefs/*.json' });
    expect(none.status).toBe(2);
    expect(none.stdout).toContain('::error title=ecs-taskdef::No file matches "taskdefs/*.json"');
    const severity = runStep({ INPUT_FILES: 'deploy/web.json', INPUT_MIN_SEVERITY: 'loud' });
    expect(severity.status).toBe(2);
    expect(severity.stdout).toContain('The "min-severity" input is "loud"; use info, warning or error.');
    const empty = runStep({ INPUT_FILES: ' \n' });
    expect(empty.status).toBe(2);
    expect(empty.stdout).toContain('The "files" input is empty');
  });
});
