// One ExportDocument in the requested format: bytes for PDF, text for the others.
import type { PaperSize } from '../../contract/archive';
import type { ExportFormat } from '../../contract/export';
import type { TagInfo } from '../../contract/userdata';
import { buildCsv } from './csv';
import type { ExportDocument } from './export-document';
import { buildJsonExport } from './json';
import { buildMarkdown } from './markdown';
import type { PdfRenderer } from './pdf';
import { buildPrintHtml, printFooterTemplate } from './print/print-html';

export interface RenderContext {
  /** The PDF engine; null for the text formats. */
  renderer: PdfRenderer | null;
  paperSize: PaperSize;
  /** The tag tree, which a JSON backup carries with its colours. */
  tags: () => Promise<TagInfo[]>;
}

export async function renderExport(
  format: ExportFormat,
  doc: ExportDocument,
  context: RenderContext,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'pdf':
      return context.renderer!.render(buildPrintHtml(doc), {
        paperSize: context.paperSize,
        footerTemplate: printFooterTemplate(doc),
        outline: doc.kind === 'dossier',
      });
    case 'markdown':
      return buildMarkdown(doc);
    case 'json':
      return buildJsonExport(doc, await context.tags());
    case 'csv':
      return buildCsv(doc);
  }
}
