import { existsSync } from 'node:fs';

// Debian's Chromium by default; any other Chromium-family browser through the
// environment, since `npx playwright install` cannot download one everywhere.
export const BROWSER_PATH = process.env.DISPATCH_ARCHIVE_BROWSER ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BROWSER_MISSING = existsSync(BROWSER_PATH)
  ? null
  : `no Chromium at ${BROWSER_PATH}: install it (apt-get install chromium) or set DISPATCH_ARCHIVE_BROWSER`;

// A system Chromium run as root in a container: no sandbox, no GPU, and none of the
// background traffic (updates, sync) that a test machine without network would stall on.
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
