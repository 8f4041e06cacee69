import { defineConfig } from 'vitest/config';

// Three projects so `npm run test:unit` stays fast while `npm test` runs everything.
// e2e and electron tests need the built app (`npm run build`), which `npm test` does first.
export default defineConfig({
  test: {
    reporters: ['default', './tests/tally-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } },
      { test: { name: 'electron', include: ['tests/electron/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 } },
    ],
  },
});
