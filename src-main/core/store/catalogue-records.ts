// The catalogue's records as stored: articles, file entries and folders. catalogue.ts
// re-exports them; they live apart so the modules the store is built from can share them.
import type { DispatchFormat, DispatchRecord, SourceRef } from '../../contract/records';
import type { StoredMentions } from './stored-mentions';

/** Article metadata as stored. Bodies live in the BodyStore, so the list loads without them. */
export interface StoredArticle extends Omit<DispatchRecord, 'paragraphs' | 'related' | 'source' | 'entities'> {
  /** The names the article mentions, in one string (record-entities.ts StoredMentions). */
  entities?: StoredMentions;
  snippet: string;
  /** sha256 of the normalised title and body: two files with this hash hold one article. */
  contentHash: string;
  /** MinHash signature of title and body (threads/minhash.ts), base64; absent for short texts and articles stored before threads. */
  minhash?: string;
  sources: SourceRef[];
  missing: boolean;
  addedAt: string;
  updatedAt: string;
}

/** What the importer remembers of a file, so an unchanged file is never read twice. */
export interface FileEntry {
  size: number;
  mtimeMs: number;
  sha256: string;
  format: DispatchFormat;
  encoding: string;
  /** Articles this file's records went into, by record index. */
  recordIds: string[];
  missing: boolean;
}

/** What the archive remembers of one imported folder besides its files. */
export interface SourceMeta {
  /** When it was first imported (ISO 8601); null for folders imported before this was recorded. */
  addedAt: string | null;
  /** When the last whole, uncancelled import of it ended; null until one has. */
  lastScanAt: string | null;
  /** Watch it for changes while the app runs. */
  watch: boolean;
}

/** catalogue.json. The file entries are in files.json (see file-entries.ts); before version 3 they were here too. */
export interface CatalogueData {
  version: number;
  articles: Record<string, StoredArticle>;
  /** Imported folders, in the order first imported; `sources` has an entry for each. */
  folders: string[];
  sources: Record<string, SourceMeta>;
  /** The last journal entry folded into this file; later entries are replayed on open. */
  journalSeq?: number;
}
