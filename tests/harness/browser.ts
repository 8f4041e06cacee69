import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright';

// Debian's Chromium by default; any other Chromium-family browser through the
// environment, since `npx playwright install` cannot download one everywhere.
export const BROWSER_PATH = process.env.DISPATCH_ARCHIVE_BROWSER ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BROWSER_MISSING = existsSync(BROWSER_PATH)
  ? null
  : `no Chromium at ${BROWSER_PATH}: install it (apt-get install chromium) or set DISPATCH_ARCHIVE_BROWSER`;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: BROWSER_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
