// The app's PDF engine: Electron's own Chromium prints the print template in a hidden
// window, so the app needs no second browser. The same HTML goes through playwright-core
// for the CLI (core/export/pdf-chromium.ts); only the engine differs.
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import type { PdfOptions, PdfRenderer } from '../core/export/pdf';
import { PAGE_MARGINS_MM } from '../core/export/print/print-css';

const MM_PER_INCH = 25.4;

/** A hidden window that prints the template; nothing in it runs, loads or navigates. */
function printWindow(): BrowserWindow {
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  return win;
}

function marginsInches(): { top: number; right: number; bottom: number; left: number } {
  const { top, right, bottom, left } = PAGE_MARGINS_MM;
  return { top: top / MM_PER_INCH, right: right / MM_PER_INCH, bottom: bottom / MM_PER_INCH, left: left / MM_PER_INCH };
}

export function electronPdfRenderer(): PdfRenderer {
  let win: BrowserWindow | null = null;
  return {
    async render(html: string, options: PdfOptions): Promise<Uint8Array> {
      win ??= printWindow();
      // A file rather than a data: URL, whose length is capped: a dossier runs to megabytes.
      const file = join(app.getPath('temp'), `dispatch-archive-print-${randomBytes(6).toString('hex')}.html`);
      await writeFile(file, html, 'utf8');
      try {
        await win.loadURL(pathToFileURL(file).href);
        const pdf = await win.webContents.printToPDF({
          pageSize: options.paperSize,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: options.footerTemplate,
          margins: marginsInches(),
          generateDocumentOutline: options.outline,
          generateTaggedPDF: true,
          preferCSSPageSize: false,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        await rm(file, { force: true });
      }
    },
    async close(): Promise<void> {
      if (win && !win.isDestroyed()) win.destroy();
      win = null;
    },
  };
}
