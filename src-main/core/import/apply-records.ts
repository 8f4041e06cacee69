import { createHash } from 'node:crypto';
import type { DispatchRecord, SourceRef } from '../../contract/records';
import type { BodyStore } from '../store/bodies';
import type { CatalogueStore, StoredArticle } from '../store/catalogue';

/** sha256 of title and body with whitespace collapsed: the same article saved twice, in another encoding or with other line endings, hashes the same. */
export function contentHash(record: Pick<DispatchRecord, 'title' | 'paragraphs'>): string {
  const text = [record.title, ...record.paragraphs].join('\n').normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(text).digest('hex');
}

const SNIPPET_LENGTH = 220;

function snippetOf(paragraphs: string[]): string {
  const text = paragraphs.join(' ').replace(/\s+/g, ' ').trim();
  return text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH - 1)}…` : text;
}

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
export async function applyRecords(
  records: DispatchRecord[],
  catalogue: CatalogueStore,
  bodies: BodyStore,
  now: string,
): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { recordIds: [], imported: 0, duplicates: 0 };
  for (const record of records) {
    const hash = contentHash(record);
    const twin = catalogue.articleByContentHash(hash);
    if (twin && twin.id !== record.id && !catalogue.article(record.id)) {
      catalogue.putArticle({ ...twin, sources: withSource(twin.sources, record.source), missing: false, updatedAt: now });
      outcome.recordIds.push(twin.id);
      outcome.duplicates++;
      continue;
    }
    const previous = catalogue.article(record.id);
    catalogue.putArticle(toStored(record, hash, previous, now));
    await bodies.put(record.id, { paragraphs: record.paragraphs, related: record.related });
    outcome.recordIds.push(record.id);
    outcome.imported++;
  }
  return outcome;
}

/** The catalogue entry of a record, as the importer stores it; restoring a backup stores its articles the same way. */
export function toStored(record: DispatchRecord, hash: string, previous: StoredArticle | undefined, now: string): StoredArticle {
  return {
    id: record.id,
    title: record.title,
    date: record.date,
    place: record.place,
    agency: record.agency,
    language: record.language,
    signature: record.signature,
    snippet: snippetOf(record.paragraphs),
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
  const present = article.sources.filter((s) => s.path !== path && !catalogue.file(s.path)?.missing);
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
