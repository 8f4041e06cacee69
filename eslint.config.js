import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  // The layers (README, "How it is built"): each imports only the layers below it.
  // contract ← core ← desktop ← shell, and core ← cli; the renderer sees only the contract.
  layer('src-main/contract/**/*.ts', 'the contract imports nothing from the app', ['../**', 'electron']),
  layer('src-main/core/**/*.ts', 'core runs under plain Node for the CLI, the tests and the harness', [
    'electron',
    ...above('shell', 'desktop', 'cli', 'preload'),
    '**/src-renderer/**',
  ]),
  layer(
    'src-main/desktop/**/*.ts',
    'desktop is pure Node, so the shell stays thin and this is tested without Electron',
    ['electron', ...above('shell', 'cli', 'preload'), '**/src-renderer/**'],
  ),
  layer('src-main/cli/**/*.ts', 'the CLI is a door onto core, like the shell', [
    'electron',
    ...above('shell', 'desktop', 'preload'),
    '**/src-renderer/**',
  ]),
  layer('src-main/shell/**/*.ts', 'the shell sits on core and desktop; it never reaches into the CLI or the page', [
    ...above('cli', 'preload'),
    '**/src-renderer/**',
  ]),
  layer('src-main/preload/**/*.ts', 'the sandboxed preload exposes the contract and nothing else', [
    ...above('core', 'desktop', 'shell', 'cli'),
  ]),
  layer(
    'src-renderer/**/*.{ts,svelte}',
    'the renderer reaches main only through the contract',
    ['electron', 'node:*'],
    'src-main/(?!contract/)',
  ),
);

/** Imports of a layer above, by folder name: `../shell/x`, `../../desktop/y`. */
function above(...folders) {
  return folders.flatMap((folder) => [`./${folder}/**`, `**/../${folder}/**`, `**/../${folder}`]);
}

/** One layer's forbidden imports, with the reason ESLint prints. */
function layer(files, why, group, regex) {
  const message = `${why} (eslint.config.js).`;
  const patterns = [{ group, message }, ...(regex ? [{ regex, message }] : [])];
  return { files: [files], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}
