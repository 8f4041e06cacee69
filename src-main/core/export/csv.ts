// PLACEHOLDER (helper B replaces this file).
import type { ExportDocument } from './export-document';

/** One row per article: metadata, tags, annotation count. UTF-8 with a BOM for spreadsheet apps. */
export function buildCsv(doc: ExportDocument): string {
  void doc;
  throw new Error('buildCsv is not built yet');
}
