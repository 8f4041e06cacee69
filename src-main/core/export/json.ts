// PLACEHOLDER (helper B replaces this file).
import type { TagInfo } from '../../contract/userdata';
import type { ExportDocument } from './export-document';

/** The backup format: full records, tags with colours, annotations with anchors, notes. */
export function buildJsonExport(doc: ExportDocument, tags: readonly TagInfo[]): string {
  void doc;
  void tags;
  throw new Error('buildJsonExport is not built yet');
}
