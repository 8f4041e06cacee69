// Putting a backup's articles into the archive: the ones it lacks are stored as the
// importer would store them, under their own ids and with their own source files as
// provenance. Ids are a hash of source path and record index (parse/index.ts recordId),
// so importing the original folder later finds these very articles and updates them
// instead of adding twins; from another path, the importer's content-hash dedupe makes
// the file another source of the restored article.
import type { DispatchRecord, SourceRef } from '../../contract/records';
import { bodyText } from '../../contract/userdata';
import type { ArticleText } from '../annotations/annotation-ops';
import { linkOf } from '../annotations/article-text';
import { contentHash, toStored } from '../import/apply-records';
import { threadSignature } from '../import/content-hash';
import type { BodyStore } from '../store/bodies';
import type { CatalogueStore } from '../store/catalogue';
import { pickEntities } from '../record-entities';
import { pickWireFields } from '../wire-fields';
import type { BackupArticle } from './backup-schema';

/** A backup article and the archive article its user work goes to. */
export interface PlacedArticle {
  backup: BackupArticle;
  /** The archive's id for it: the backup's own, or an article already holding the same text under another id. */
  id: string;
  /** contentHash of the text the backup's annotations were anchored in. */
  backupHash: string;
  /** The article's text when this restore added it (so nothing needs reading back). */
  text: ArticleText | null;
}

function sameSource(a: SourceRef, b: SourceRef): boolean {
  return a.path === b.path && a.recordIndex === b.recordIndex;
}

/** The backup's sources with its leading one first, each once. */
function sourcesOf(article: BackupArticle): SourceRef[] {
  const sources = [article.source];
  for (const s of article.sources) if (!sources.some((t) => sameSource(s, t))) sources.push(s);
  return sources;
}

function recordOf(article: BackupArticle): DispatchRecord {
  const { id, title, date, place, agency, language, signature, paragraphs, related, source, warnings } = article;
  const record = { id, title, date, place, agency, language, signature, paragraphs, related, source, warnings };
  return { ...record, ...pickWireFields(article), ...pickEntities(article) };
}

export interface AddedArticles {
  placed: PlacedArticle[];
  /** Records this restore added to the catalogue, for the search index. */
  added: DispatchRecord[];
}

/**
 * Finds each backup article in the archive (by id, then by identical text under another
 * id, as a duplicate file would be found) and adds the ones it lacks to the catalogue
 * and the body store, in memory; the caller writes both.
 */
export async function addMissingArticles(
  articles: readonly BackupArticle[],
  catalogue: CatalogueStore,
  bodies: BodyStore,
  now: string,
): Promise<AddedArticles> {
  const out: AddedArticles = { placed: [], added: [] };
  for (const backup of articles) {
    const backupHash = contentHash(backup);
    const known = catalogue.article(backup.id) ?? catalogue.articleByContentHash(backupHash);
    if (known) {
      out.placed.push({ backup, id: known.id, backupHash, text: null });
      continue;
    }
    const record = recordOf(backup);
    // The backup says which files it knew and whether they were gone; nothing else is guessed.
    const stored = {
      ...toStored(record, backupHash, undefined, now),
      ...threadSignature(record),
      sources: sourcesOf(backup),
      missing: backup.missing,
    };
    catalogue.putArticle(stored);
    await bodies.put(backup.id, { paragraphs: backup.paragraphs, related: backup.related });
    out.added.push(record);
    const text: ArticleText = {
      id: backup.id,
      text: bodyText(backup.paragraphs),
      contentHash: backupHash,
      link: linkOf(stored),
    };
    out.placed.push({ backup, id: backup.id, backupHash, text });
  }
  return out;
}
