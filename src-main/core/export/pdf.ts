// The seam between the one print template and the two engines that turn it into a PDF:
// Electron's webContents.printToPDF in the app (shell/pdf-electron.ts) and Chromium
// through playwright-core for the CLI and tests (pdf-chromium.ts).
import type { PaperSize } from '../../contract/archive';

export interface PdfOptions {
  paperSize: PaperSize;
  /** Chromium's footer template (page number, total, export time); see printFooterTemplate. */
  footerTemplate: string;
  /** Ask the engine for a PDF outline (bookmarks) from the headings, where it can make one. */
  outline: boolean;
}

export interface PdfRenderer {
  render(html: string, options: PdfOptions): Promise<Uint8Array>;
  /** Frees the engine (a browser, a hidden window); the renderer is not used after. */
  close(): Promise<void>;
}
