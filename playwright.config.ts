import { defineConfig } from '@playwright/test';
import { BROWSER_ARGS, BROWSER_PATH } from './tests/harness/browser';

// The browser suites. Each spec file starts its own harness (tests/harness/fixtures.ts),
// so there is no webServer; one worker because the harness runs the real service in
// Node next to Chromium on a small machine. `npm test` runs this after Vitest and sums both.
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results/playwright',
  workers: 1,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  projects: [
    {
      name: 'e2e',
      testMatch: 'e2e/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: BROWSER_PATH, args: BROWSER_ARGS },
        viewport: { width: 1280, height: 800 },
        locale: 'en-GB',
        timezoneId: 'UTC',
      },
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
