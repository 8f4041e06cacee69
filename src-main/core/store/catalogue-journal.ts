// The catalogue's journal: each commit appends the articles, files and folders it
// changed as one JSON line, so an import commits a batch for what the batch changed
// rather than rewriting a catalogue of 100,000 articles (a 100 MB file) each time, and a
// re-run that changed nothing writes almost nothing. catalogue.json and its article shards
// are the snapshot the journal is folded into now and then (the file entries into
// files.json, see file-entries.ts); `journalSeq` says which entries each already holds.
import type { CatalogueData, FileEntry, SourceMeta, StoredArticle } from './catalogue-records';
import type { Numbered } from './journaled-document';

/** One commit: records put (null removes one) and, when they changed, the folder list and its metadata. Numbered as it is appended. */
export interface CatalogueEntry {
  articles?: Record<string, StoredArticle | null>;
  files?: Record<string, FileEntry | null>;
  folders?: string[];
  sources?: Record<string, SourceMeta>;
}

/** What changed since the last commit, as the store tracks it. */
export interface CatalogueChanges {
  articles: Set<string>;
  files: Set<string>;
  folders: boolean;
}

export function noChanges(): CatalogueChanges {
  return { articles: new Set(), files: new Set(), folders: false };
}

/** The entry for `changes`, with each record as it is now (`file` gives a file's entry); null when nothing changed. */
export function entryOf(
  data: Readonly<CatalogueData>,
  file: (path: string) => FileEntry | undefined,
  changes: CatalogueChanges,
): CatalogueEntry | null {
  if (changes.articles.size === 0 && changes.files.size === 0 && !changes.folders) return null;
  const entry: CatalogueEntry = {};
  if (changes.articles.size > 0) entry.articles = pick(data.articles, changes.articles);
  // Only a loaded file entry can have changed, so `file` is called only then.
  if (changes.files.size > 0) {
    entry.files = {};
    for (const path of changes.files) entry.files[path] = file(path) ?? null;
  }
  if (changes.folders) {
    entry.folders = data.folders;
    entry.sources = data.sources;
  }
  return entry;
}

function pick<T>(records: Readonly<Record<string, T>>, keys: Set<string>): Record<string, T | null> {
  const out: Record<string, T | null> = {};
  for (const key of keys) out[key] = records[key] ?? null;
  return out;
}

/** Where replayed file changes go: the file entries may not be read yet (see file-entries.ts). */
export type FileReplay = (seq: number, files: Readonly<Record<string, FileEntry | null>>) => void;

/** Applies one replayed entry to the catalogue; its file changes go to `replayFiles`. */
export function applyEntry(data: CatalogueData, entry: Numbered<CatalogueEntry>, replayFiles: FileReplay): void {
  for (const [id, article] of Object.entries(entry.articles ?? {})) {
    if (article) data.articles[id] = article;
    else delete data.articles[id];
  }
  if (entry.files) replayFiles(entry.seq, entry.files);
  if (entry.folders) data.folders = entry.folders;
  if (entry.sources) data.sources = entry.sources;
}

/**
 * Entries per piece of a snapshot: each piece is serialised on its own, so writing 100,000
 * articles never holds the thread for long. Small enough that a piece's strings stay out of
 * V8's large-object space, which only a full collection empties: with 2,000 a piece, the
 * RSS of a 100k import rose by 350 MB while its snapshot was written; with 50 it stays flat,
 * in the same 1.9 s.
 */
const RECORDS_PER_PIECE = 50;

/** Whether a snapshot leaves a record out for now (see CatalogueStore's held-back records). */
export type HoldBack<T> = (key: string, record: T) => boolean;

/**
 * Records are read piece by piece, so a record changed meanwhile may be written in its
 * newer state, and one removed meanwhile is left out: either way the journal entry of
 * that change, numbered after this snapshot, is replayed over it.
 */
export function* recordPieces<T>(records: Readonly<Record<string, T>>, holdBack?: HoldBack<T>): Generator<string> {
  const keys = Object.keys(records);
  let first = true;
  for (let i = 0; i < keys.length; i += RECORDS_PER_PIECE) {
    const piece: string[] = [];
    for (const key of keys.slice(i, i + RECORDS_PER_PIECE)) {
      const value = records[key];
      if (value !== undefined && !holdBack?.(key, value)) piece.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
    }
    if (piece.length === 0) continue;
    yield `${first ? '' : ','}${piece.join(',')}`;
    first = false;
  }
}
