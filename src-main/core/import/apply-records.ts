import type { DispatchRecord, SourceRef } from '../../contract/records';
import type { BodyStore } from '../store/bodies';
import type { CatalogueStore, StoredArticle } from '../store/catalogue';
import { storedEntities } from '../record-entities';
import { pickWireFields } from '../wire-fields';
import { snippetOf, type RecordDigest } from './content-hash';

// Restoring a backup stores its articles as the importer does (export/restore-articles.ts).
export { contentHash } from './content-hash';

export interface ApplyOutcome {
  /** Article id that each record went into, by record index. */
  recordIds: string[];
  imported: number;
  duplicates: number;
}

/**
 * Puts one file's records into the catalogue. A record whose normalised text is
 * already in the archive under another id becomes another source of that article
 * rather than a second article.
 */
export function applyRecords(
  records: readonly DispatchRecord[],
  digests: readonly RecordDigest[],
  catalogue: CatalogueStore,
  bodies: BodyStore,
  now: string,
): ApplyOutcome {
  const outcome: ApplyOutcome = { recordIds: [], imported: 0, duplicates: 0 };
  records.forEach((record, i) => {
    const digest = digests[i]!;
    const twin = catalogue.articleByContentHash(digest.contentHash);
    if (twin && twin.id !== record.id && !catalogue.article(record.id) && !anotherVersion(record, twin)) {
      catalogue.putArticle({
        ...twin,
        sources: withSource(twin.sources, record.source),
        missing: false,
        updatedAt: now,
      });
      outcome.recordIds.push(twin.id);
      outcome.duplicates++;
      return;
    }
    const stored = toStored(record, digest.contentHash, catalogue.article(record.id), now, digest.snippet);
    // Set on the new record rather than spread with it into another: the same key order (minhash last), one copy fewer of every article.
    if (digest.minhash) stored.minhash = digest.minhash;
    catalogue.putArticle(stored);
    bodies.put(record.id, { paragraphs: record.paragraphs, related: record.related });
    outcome.recordIds.push(record.id);
    outcome.imported++;
  });
  return outcome;
}

/**
 * The agency sent the same text again as a new version of its story (an embargo lifted,
 * a status or metadata change): kept as a version of its own, so the story's history and
 * newest status show, rather than folded into the old one as another source.
 */
function anotherVersion(record: DispatchRecord, twin: StoredArticle): boolean {
  if (record.guid === undefined || record.guid !== twin.guid) return false;
  return (
    record.version !== twin.version || record.versionCreated !== twin.versionCreated || record.status !== twin.status
  );
}

/** The catalogue entry of a record, as the importer stores it; restoring a backup stores its articles the same way. */
export function toStored(
  record: DispatchRecord,
  hash: string,
  previous: StoredArticle | undefined,
  now: string,
  snippet = snippetOf(record.paragraphs),
): StoredArticle {
  return {
    id: record.id,
    title: record.title,
    date: record.date,
    place: record.place,
    agency: record.agency,
    language: record.language,
    signature: record.signature,
    ...pickWireFields(record),
    ...storedEntities(record),
    snippet,
    contentHash: hash,
    // The record's own source leads; sources found through duplicate files stay.
    sources: withSource(previous?.sources.filter((s) => !sameSource(s, record.source)) ?? [], record.source, true),
    warnings: record.warnings,
    missing: false,
    addedAt: previous?.addedAt ?? now,
    updatedAt: now,
  };
}

function sameSource(a: SourceRef, b: SourceRef): boolean {
  return a.path === b.path && a.recordIndex === b.recordIndex;
}

function withSource(sources: SourceRef[], source: SourceRef, first = false): SourceRef[] {
  const rest = sources.filter((s) => !sameSource(s, source));
  return first ? [source, ...rest] : [...rest, source];
}

/**
 * A file no longer yields these articles (it vanished, or holds fewer records now).
 * Their user data must survive, so the articles stay; they are marked missing once
 * no source file is left on disk.
 */
export function detachSource(catalogue: CatalogueStore, articleId: string, path: string, now: string): void {
  const article = catalogue.article(articleId);
  if (!article) return;
  const present = article.sources.filter((s) => s.path !== path && !catalogue.fileMissing(s.path));
  const missing = present.length === 0;
  if (article.missing !== missing) {
    catalogue.putArticle({ ...article, missing, updatedAt: now });
  }
}

/** A file is back on disk unchanged: its articles are readable again. */
export function reattachSource(catalogue: CatalogueStore, articleId: string, now: string): void {
  const article = catalogue.article(articleId);
  if (article?.missing) catalogue.putArticle({ ...article, missing: false, updatedAt: now });
}
