// Which browser the CLI's PDF engine launches, and what it says when there is none.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chromiumLaunchOptions,
  chromiumPath,
  openChromiumPdfRenderer,
} from '../../../src-main/core/export/pdf-chromium';

describe('chromiumPath', () => {
  it('prefers DISPATCH_ARCHIVE_BROWSER over CHROMIUM_PATH', () => {
    expect(chromiumPath({ DISPATCH_ARCHIVE_BROWSER: '/opt/a/chrome', CHROMIUM_PATH: '/opt/b/chromium' })).toBe(
      '/opt/a/chrome',
    );
  });

  it('takes CHROMIUM_PATH when DISPATCH_ARCHIVE_BROWSER is unset', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/b/chromium' })).toBe('/opt/b/chromium');
  });

  it("falls back to Debian's Chromium when installed, else to Playwright's own", () => {
    expect(chromiumPath({})).toBe(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  });
});

describe('openChromiumPdfRenderer', () => {
  it('names the variable to set when the chosen browser does not exist', async () => {
    await expect(openChromiumPdfRenderer({ DISPATCH_ARCHIVE_BROWSER: '/nonexistent/chromium' })).rejects.toThrow(
      /no browser at \/nonexistent\/chromium: set DISPATCH_ARCHIVE_BROWSER/,
    );
  });
});

describe('chromiumLaunchOptions', () => {
  it('keeps the sandbox on for a user who is not root', () => {
    const launch = chromiumLaunchOptions({}, 1000);
    expect(launch.chromiumSandbox).toBe(true);
    expect(launch.args).not.toContain('--no-sandbox');
  });

  it('turns the sandbox off as root, where Chromium refuses to start with it', () => {
    expect(chromiumLaunchOptions({}, 0)).toMatchObject({
      chromiumSandbox: false,
      args: expect.arrayContaining(['--no-sandbox']),
    });
  });

  it('turns the sandbox off when DISPATCH_ARCHIVE_NO_SANDBOX=1 says the system cannot give one', () => {
    expect(chromiumLaunchOptions({ DISPATCH_ARCHIVE_NO_SANDBOX: '1' }, 1000)).toMatchObject({
      chromiumSandbox: false,
      args: expect.arrayContaining(['--no-sandbox']),
    });
  });

  it('keeps the sandbox on where there are no user ids (Windows)', () => {
    expect(chromiumLaunchOptions({}, undefined).chromiumSandbox).toBe(true);
  });
});
