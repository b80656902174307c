/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    // Monaco is one large lazily loaded chunk; everything before it stays small (see bench).
    chunkSizeWarningLimit: 6000,
    sourcemap: false,
    // The benchmark build adds a baseline page that loads only Monaco (bench/monaco-only.html).
    ...(process.env.BENCH_BUILD ? { rollupOptions: { input: { main: 'index.html', monacoOnly: 'bench/monaco-only.html' } } } : {}),
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/testing/setup.ts'],
    testTimeout: 20_000,
  },
});
