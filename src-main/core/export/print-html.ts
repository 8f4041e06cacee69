// PLACEHOLDER (helper A replaces this file): the one print template.
import type { ExportDocument } from './export-document';

/** The whole print document as one self-contained HTML string; every piece of article text escaped. */
export function buildPrintHtml(doc: ExportDocument): string {
  void doc;
  throw new Error('buildPrintHtml is not built yet');
}

/** Chromium's footerTemplate: page number of total, and the export time. */
export function printFooterTemplate(doc: ExportDocument): string {
  void doc;
  throw new Error('printFooterTemplate is not built yet');
}
