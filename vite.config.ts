/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // A service worker precaches the whole build, so the app loads offline after one visit (issue 9). It makes no
    // request of its own beyond this origin's files: no runtime caching, no CDN, Workbox's runtime is a local file.
    VitePWA({
      // A new build waits until the user accepts it (src/features/app-update): no reload under their fingers.
      registerType: 'prompt',
      // Registered from the app (virtual:pwa-register/react): an injected inline script would break the CSP.
      injectRegister: false,
      // public/manifest.webmanifest, linked from index.html.
      manifest: false,
      // `vite` dev mode serves modules on demand: a service worker there would only serve stale code.
      devOptions: { enabled: false },
      workbox: {
        // Everything the build emits, Monaco's codicon font included.
        globPatterns: ['**/*.{html,js,css,ttf,woff,woff2,svg,png,ico,webmanifest}'],
        // The lazily loaded Monaco chunk is several MB; without this it would be left out and the JSON view
        // would not load offline. The build fails (rather than skipping the file) if a chunk ever outgrows it.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
