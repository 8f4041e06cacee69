import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Vitest runs the fast suites: `unit` (pure Node) and `component` (Svelte 5 in happy-dom).
// The browser suites (e2e in Chromium, the Electron smoke test) run under Playwright;
// `npm test` runs both runners through tests/run-all.ts and sums them in one line.
export default defineConfig({
  test: {
    projects: [
      {
        // Many unit tests start parse workers or the CLI through tsx, which on two busy cores
        // can take seconds; vitest's 5 s / 10 s defaults timed two of them out under load.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        plugins: [svelte()],
        // Svelte's package exports a server build by default; the browser condition
        // picks the client runtime so components mount into the DOM.
        resolve: { conditions: ['browser'] },
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
