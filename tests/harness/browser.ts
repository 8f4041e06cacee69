import { existsSync } from 'node:fs';
import { BROWSER_ARGS } from '../../src-main/core/export/pdf-chromium';

// Debian's Chromium by default; any other Chromium-family browser through the
// environment, since `npx playwright install` cannot download one everywhere.
export const BROWSER_PATH = process.env.DISPATCH_ARCHIVE_BROWSER ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BROWSER_MISSING = existsSync(BROWSER_PATH)
  ? null
  : `no Chromium at ${BROWSER_PATH}: install it (apt-get install chromium) or set DISPATCH_ARCHIVE_BROWSER`;

// The switches the CLI's PDF engine uses: no GPU, no background traffic. Playwright adds
// --no-sandbox itself here (no chromiumSandbox option), as the tests run as root in CI.
export { BROWSER_ARGS };
