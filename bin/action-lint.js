#!/usr/bin/env node
// The GitHub Action's lint step (action.yml): expands the `files` input, runs `ecs-taskdef lint` on the result,
// prints each problem as an annotation and, when the `sarif-file` input is set, writes a SARIF report for
// github/codeql-action/upload-sarif.
// Composite actions get no INPUT_* variables of their own, so action.yml maps each input to one (INPUT_FILES,
// INPUT_MIN_SEVERITY, INPUT_SARIF_FILE). Plain Node without dependencies, so it runs the same on every runner
// (macOS ships bash 3.2, which has no `**`). Exit status: the linter's (0 no errors, 1 errors, 2 unreadable/bad input).
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEVERITIES = ['info', 'warning', 'error'];
/** Folders `**` never walks into: nobody lints their dependencies or git objects by accident. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const GLOB_CHARS = /[*?[{]/;

/** Turns one glob into a regular expression over '/'-separated relative paths: `**`, `*`, `?`, `[...]`, `{a,b}`. */
function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:[^/]+/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) source += '\\[';
      else {
        source += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (char === '{') {
      const end = glob.indexOf('}', i + 1);
      if (end === -1) source += '\\{';
      else {
        const options = glob.slice(i + 1, end).split(',');
        source += `(?:${options.map((option) => globToRegExp(option).source.slice(1, -1)).join('|')})`;
        i = end;
      }
    } else source += char.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Every file under `folder` (as written in the glob, '/'-separated), skipping SKIPPED_FOLDERS and not following links. */
function walk(cwd, folder) {
  let entries;
  try {
    entries = readdirSync(resolve(cwd, folder), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = folder === '.' ? entry.name : `${folder.replace(/\/$/, '')}/${entry.name}`;
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : walk(cwd, path);
    return entry.isFile() ? [path] : [];
  });
}

/** Expands paths and globs (relative to `cwd`) into sorted, distinct paths; `unmatched` lists globs that matched nothing. */
function expandFiles(patterns, cwd) {
  const files = new Set();
  const unmatched = [];
  for (const raw of patterns) {
    const pattern = raw.replaceAll('\\', '/').replace(/^\.\//, '');
    if (!GLOB_CHARS.test(pattern)) {
      files.add(raw); // A plain path is passed on as given: the linter says clearly when it cannot read it.
      continue;
    }
    // Walk only the folder before the first glob segment ("deploy/**/*.json" walks deploy/), with paths written
    // the way the pattern writes them, so relative and absolute patterns match alike.
    const segments = pattern.split('/');
    const base = segments
      .slice(
        0,
        segments.findIndex((segment) => GLOB_CHARS.test(segment)),
      )
      .join('/');
    const root = base || (pattern.startsWith('/') ? '/' : '.');
    const regExp = globToRegExp(pattern);
    const matches = walk(cwd, root).filter((path) => regExp.test(path));
    if (matches.length === 0) unmatched.push(raw);
    for (const match of matches.sort()) files.add(match);
  }
  return { files: [...files], unmatched };
}

function fail(message) {
  process.stdout.write(`::error title=ecs-taskdef::${message}\n`);
  return 2;
}

/** Escapes workflow command text (https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts). */
const escapeData = (text) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
const ANNOTATION = { error: 'error', warning: 'warning', info: 'notice' };

/** Prints each problem as a workflow command, so it shows as an annotation on the file in the run and the pull request. */
function annotate(cli, lintArgs, cwd) {
  const json = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', ...lintArgs], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  let problems;
  try {
    problems = JSON.parse(json.stdout);
  } catch {
    return; // Unreadable files: the text run above has already said why.
  }
  for (const p of problems) {
    const where = `file=${escapeProperty(p.file)},line=${p.line},col=${p.column},title=${escapeProperty(p.ruleId)}`;
    process.stdout.write(`::${ANNOTATION[p.severity] ?? 'warning'} ${where}::${escapeData(p.message)}\n`);
  }
}

/** Runs the action step with the runner's environment; returns the exit status. */
function main(env = process.env, cwd = process.cwd()) {
  const actionPath = env.GITHUB_ACTION_PATH || fileURLToPath(new URL('..', import.meta.url));
  const cli = join(actionPath, 'bin', 'ecs-taskdef.js');
  const patterns = (env.INPUT_FILES ?? '').split(/\s+/).filter(Boolean);
  const minSeverity = (env.INPUT_MIN_SEVERITY ?? '').trim() || 'warning';
  const sarifFile = (env.INPUT_SARIF_FILE ?? '').trim();

  if (patterns.length === 0) return fail('The "files" input is empty: give the task definition files to lint (paths or globs).');
  if (!SEVERITIES.includes(minSeverity)) return fail(`The "min-severity" input is "${minSeverity}"; use info, warning or error.`);
  const { files, unmatched } = expandFiles(patterns, cwd);
  if (unmatched.length > 0) return fail(`No file matches ${unmatched.map((p) => `"${p}"`).join(', ')} (relative to ${cwd}).`);

  const lintArgs = ['--min-severity', minSeverity, '--', ...files];
  const lint = spawnSync(process.execPath, [cli, 'lint', ...lintArgs], { cwd, stdio: 'inherit' });
  const status = lint.status ?? 2;
  annotate(cli, lintArgs, cwd);

  if (sarifFile) {
    const sarif = spawnSync(process.execPath, [cli, 'lint', '--format', 'sarif', ...lintArgs], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (!sarif.stdout) return fail(`No SARIF report was written: ${sarif.stderr || sarif.error?.message || 'the linter printed nothing'}`);
    const target = resolve(cwd, sarifFile);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, sarif.stdout);
    process.stdout.write(`SARIF report written to ${sarifFile}\n`);
    if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `sarif-file=${sarifFile}\n`);
  }

  if (status === 1) process.stdout.write('::error title=ecs-taskdef::The task definitions have errors (listed above).\n');
  else if (status !== 0)
    process.stdout.write('::error title=ecs-taskdef::Some files could not be read or are not valid JSON (see above).\n');
  return status;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
