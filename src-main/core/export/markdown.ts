// PLACEHOLDER (helper B replaces this file).
import type { ExportDocument } from './export-document';

/** One article (doc.kind 'article') or a whole dossier as one Markdown file. */
export function buildMarkdown(doc: ExportDocument): string {
  void doc;
  throw new Error('buildMarkdown is not built yet');
}
