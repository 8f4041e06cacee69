// The app's PDF engine: Electron's own Chromium prints the print template in a hidden
// window, so the app needs no second browser. The same HTML goes through playwright-core
// for the CLI (core/export/pdf-chromium.ts); only the engine differs.
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import type { PdfOptions, PdfRenderer } from '../core/export/pdf';
import { withPrivateTempFile } from '../core/export/private-temp';
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
      const print = win;
      // A file rather than a data: URL, whose length is capped: a dossier runs to megabytes.
      // It holds the user's notes, so it goes in a folder only this user can read, removed
      // after, and swept at the next start if a crash left it (issue 16, finding 17).
      return withPrivateTempFile(
        'print.html',
        html,
        async (file) => {
          await print.loadURL(pathToFileURL(file).href);
          const pdf = await print.webContents.printToPDF({
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
        },
        { root: app.getPath('temp') },
      );
    },
    async close(): Promise<void> {
      if (win && !win.isDestroyed()) win.destroy();
      win = null;
    },
  };
}
