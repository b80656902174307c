import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles the command-line linter into one self-contained ES module for Node 20: `dist-cli/main.js`.
 * Every dependency (zod, jsonc-parser) is inlined, so bin/ecs-taskdef.js runs without node_modules.
 * Used by `npm run build:cli` (vite build --config src/cli/vite.cli.config.ts).
 */
export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'main.js' } },
  },
});
