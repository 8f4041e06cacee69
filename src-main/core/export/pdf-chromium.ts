// The PDF engine of the CLI, the tests and the e2e harness: Chromium through
// playwright-core, printing the same HTML the app prints with Electron's printToPDF.
// playwright-core is imported only when a PDF is asked for, so nothing else pays for it.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { PdfOptions, PdfRenderer } from './pdf';
import { PAGE_MARGINS_MM } from './print/print-css';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// No GPU, and none of the background traffic (updates, sync) that a machine without
// network would stall on. The e2e harness launches its browser with these too
// (tests/harness/browser.ts). The sandbox is decided apart, by chromiumLaunchOptions.
export const BROWSER_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Set to 1 where Chromium cannot sandbox itself (a container without user namespaces). */
export const NO_SANDBOX_ENV = 'DISPATCH_ARCHIVE_NO_SANDBOX';

export interface ChromiumLaunchOptions {
  args: string[];
  /** Playwright adds --no-sandbox itself unless this is true, so it must agree with `args`. */
  chromiumSandbox: boolean;
}

/**
 * The sandbox stays on, since the print page renders text from files anyone may have
 * written, unless Chromium cannot have it: as root it refuses to start sandboxed, and
 * NO_SANDBOX_ENV says the system lacks what it needs. Audit finding 17: the sandbox used
 * to be off for every user. `uid` is undefined on Windows, where the sandbox needs nothing.
 */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv, uid: number | undefined): ChromiumLaunchOptions {
  const sandbox = uid !== 0 && env[NO_SANDBOX_ENV] !== '1';
  return { args: sandbox ? [...BROWSER_ARGS] : ['--no-sandbox', ...BROWSER_ARGS], chromiumSandbox: sandbox };
}

/**
 * Which browser to launch: DISPATCH_ARCHIVE_BROWSER, else CHROMIUM_PATH, else Debian's
 * Chromium when installed, else undefined (Playwright's own download, if there is one).
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.DISPATCH_ARCHIVE_BROWSER || env.CHROMIUM_PATH;
  if (chosen) return chosen;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

export async function openChromiumPdfRenderer(env: NodeJS.ProcessEnv = process.env): Promise<PdfRenderer> {
  const executablePath = chromiumPath(env);
  if (executablePath && !existsSync(executablePath)) {
    throw new Error(
      `no browser at ${executablePath}: set DISPATCH_ARCHIVE_BROWSER (or CHROMIUM_PATH) to a Chromium-family browser`,
    );
  }
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch({
      ...(executablePath && { executablePath }),
      ...chromiumLaunchOptions(env, process.getuid?.()),
    });
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new Error(
      `could not start Chromium for PDF export (${why}): install chromium or set DISPATCH_ARCHIVE_BROWSER to a Chromium-family browser; where it cannot sandbox itself (a container without user namespaces), set ${NO_SANDBOX_ENV}=1`,
    );
  }
  // No script runs in the print page and nothing reaches the network, whatever the HTML says.
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  return {
    async render(html: string, options: PdfOptions): Promise<Uint8Array> {
      const page = await context.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: options.paperSize,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: options.footerTemplate,
          margin: cssMargins(),
          outline: options.outline,
          tagged: true,
          preferCSSPageSize: false,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        await page.close();
      }
    },
    async close(): Promise<void> {
      await browser.close();
    },
  };
}

function cssMargins(): { top: string; right: string; bottom: string; left: string } {
  const { top, right, bottom, left } = PAGE_MARGINS_MM;
  return { top: `${top}mm`, right: `${right}mm`, bottom: `${bottom}mm`, left: `${left}mm` };
}
