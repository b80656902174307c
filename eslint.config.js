// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layers point one way: core → document → features/components → app (STYLE.md).
 * `no-restricted-imports` enforces it per folder: core stays pure (no React, no Monaco, no DOM layer),
 * document has no views, and Monaco stays inside the code-editor feature.
 */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict([
      {
        group: ['react', 'react-dom', 'react-hook-form', 'zustand', 'zustand/*', '@monaco-editor/*', 'monaco-editor', 'monaco-editor/*'],
        message: 'src/core is pure TypeScript, shared with the CLI.',
      },
      { group: ['**/document/**', '**/features/**', '**/components/**', '**/app/**'], message: 'core depends on nothing above it.' },
    ]),
  },
  {
    files: ['src/document/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'], message: 'Monaco stays in features/code-editor.' },
      { group: ['**/features/**', '**/components/**', '**/app/**'], message: 'document depends only on core.' },
    ]),
  },
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    ignores: ['src/features/code-editor/**'],
    rules: restrict([
      { group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'], message: 'Monaco stays in features/code-editor.' },
      { group: ['**/app/**'], message: 'features do not import the app shell.' },
    ]),
  },
);
