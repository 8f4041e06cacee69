// The PDF engine of the CLI, the tests and the e2e harness: Chromium through
// playwright-core, printing the same HTML the app prints with Electron's printToPDF.
// playwright-core is imported only when a PDF is asked for, so nothing else pays for it.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { PdfOptions, PdfRenderer } from './pdf';
import { PAGE_MARGINS_MM } from './print/print-css';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// A system Chromium run as root in a container: no sandbox, no GPU, and none of the
// background traffic (updates, sync) that a machine without network would stall on.
// The e2e harness launches its browser with these too (tests/harness/browser.ts).
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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
    browser = await chromium.launch({ ...(executablePath && { executablePath }), args: BROWSER_ARGS });
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new Error(
      `could not start Chromium for PDF export (${why}): install chromium or set DISPATCH_ARCHIVE_BROWSER to a Chromium-family browser`,
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
