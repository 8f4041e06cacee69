// The JSON export, which is also the backup format: every field restore needs to put an
// article back (its record, every source file as provenance) and the user's work on it
// (tags with their colours, the note, annotations with anchors, placement and times).
// Derived fields (sub-headlines, folder, search highlights, the story's versions) are
// left out: restore and the reader compute them again.
import type { Article } from '../../contract/archive';
import { EXPORT_FILE_FORMAT, EXPORT_FILE_VERSION } from '../../contract/export';
import { tagAncestry, tagKey, type TagInfo } from '../../contract/userdata';
import type { BackupFile } from '../backup/backup-schema';
import type { ExportDocument } from './export-document';
import { pickEntities } from '../record-entities';
import { pickWireFields } from '../wire-fields';

type BackupArticleOut = BackupFile['articles'][number];

function articleRecord(a: Article): BackupArticleOut {
  return {
    id: a.id,
    title: a.title,
    date: a.date,
    place: a.place,
    agency: a.agency,
    language: a.language,
    signature: a.signature,
    ...pickWireFields(a),
    ...pickEntities(a),
    paragraphs: a.paragraphs,
    related: a.related,
    source: a.source,
    sources: a.sources,
    warnings: a.warnings,
    missing: a.missing,
    tags: a.userData.tags,
    note: a.userData.note,
    annotations: a.userData.annotations,
  };
}

/**
 * The tags the exported articles carry, their parents included (a coloured parent such as
 * `syria` of `syria/aleppo` keeps its colour), each with the colour the archive gives it.
 */
function usedTags(articles: readonly Article[], tags: readonly TagInfo[]): BackupFile['tags'] {
  const used = new Set(articles.flatMap((a) => a.userData.tags.flatMap(tagAncestry)).map(tagKey));
  return tags.filter((t) => used.has(tagKey(t.name))).map((t) => ({ name: t.name, color: t.color }));
}

/** The backup format: full records, tags with colours, annotations with anchors, notes. */
export function buildJsonExport(doc: ExportDocument, tags: readonly TagInfo[]): string {
  const file: BackupFile = {
    format: EXPORT_FILE_FORMAT,
    version: EXPORT_FILE_VERSION,
    exportedAt: doc.exportedAt,
    title: doc.title,
    filter: doc.filterLabel,
    tags: usedTags(doc.articles, tags),
    articles: doc.articles.map(articleRecord),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
