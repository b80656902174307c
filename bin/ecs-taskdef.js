#!/usr/bin/env node
// Entry point of the `ecs-taskdef` linter. The code lives in dist-cli/main.js, built by `npm run build:cli`.
let cli;
try {
  cli = await import('../dist-cli/main.js');
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('ecs-taskdef: dist-cli/main.js is missing; run "npm run build:cli" first.\n');
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2));
