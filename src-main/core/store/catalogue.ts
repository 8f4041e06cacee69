import { stat } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { Low } from 'lowdb';
import type { ArticleSummary, ListPage, ListSort } from '../../contract/archive';
import type { DispatchFormat, DispatchRecord, SourceRef } from '../../contract/records';
import { AtomicJsonFile, CorruptFileError, setAside } from './atomic-json-file';
import { entryOf, noChanges, replayJournal, snapshotPieces } from './catalogue-journal';
import { Journal } from './journal';
import { listOrder } from './list-order';
import { FILES_FILE, FileEntries } from './file-entries';
import { CATALOGUE_MIGRATIONS, migrate } from './migrations';

/** Article metadata as stored. Bodies live in the BodyStore, so the list loads without them. */
export interface StoredArticle extends Omit<DispatchRecord, 'paragraphs' | 'related' | 'source'> {
  snippet: string;
  /** sha256 of the normalised title and body: two files with this hash hold one article. */
  contentHash: string;
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

export const CATALOGUE_FILE = 'catalogue.json';
export const CATALOGUE_JOURNAL = 'catalogue.journal';
/** The journal is folded into catalogue.json once it outgrows it, and never below this size: a few import batches. */
const FOLD_MIN_BYTES = 16 * 1024 * 1024;

/**
 * The catalogue: article metadata, file entries and imported folders, in lowdb files
 * (the snapshot: catalogue.json and files.json) plus a journal of the commits since (see
 * catalogue-journal.ts). The file entries are read only once something needs them: loadFiles().
 */
export class CatalogueStore {
  #byHash: Map<string, string> | null = null;
  #sorted = new Map<ListSort, string[]>();
  /** Bumped whenever an article is put or removed: a scan that leaves it alone changed nothing a reader sees. */
  revision = 0;
  #changes = noChanges();
  #seq: number;
  /** Commits and snapshots, one at a time and in order. */
  #queue: Promise<void> = Promise.resolve();
  /** Set when an append failed: what it held is only in memory, so the next commit writes a snapshot. */
  #snapshotNext = false;
  #snapshotBytes: number;

  private constructor(
    private readonly db: Low<CatalogueData>,
    private readonly adapter: AtomicJsonFile<CatalogueData>,
    private readonly journal: Journal,
    private readonly files: FileEntries,
    seq: number,
    snapshotBytes: number,
  ) {
    this.#seq = seq;
    this.#snapshotBytes = snapshotBytes;
  }

  static async open(dataDir: string, warnings: string[]): Promise<CatalogueStore> {
    const path = join(dataDir, CATALOGUE_FILE);
    const adapter = new AtomicJsonFile<CatalogueData>(path);
    const db = new Low<CatalogueData>(adapter, emptyCatalogue());
    const found = await readSnapshot(db, path, warnings);
    // The journal was written by this version (a migration folds it into a snapshot), so it is replayed before migrating.
    const journal = new Journal(join(dataDir, CATALOGUE_JOURNAL));
    const files = new FileEntries(dataDir, warnings);
    const { seq, damaged } = await replayJournal(journal, db.data, (s, changes) => files.replay(s, changes), warnings);
    const raw = db.data as unknown as Record<string, unknown>;
    // Before version 3 the file entries came inside catalogue.json: already parsed, so kept; the migration writes files.json.
    if (raw.files && typeof raw.files === 'object') files.adopt(raw.files as Record<string, FileEntry>);
    // Without its catalogue, a files.json left behind would mark files as imported whose articles are gone.
    else if (!found) files.adopt({});
    const { data, migrated } = migrate<CatalogueData>(path, raw, CATALOGUE_MIGRATIONS);
    db.data = data;
    const snapshotBytes = await snapshotSize(dataDir);
    const store = new CatalogueStore(db, adapter, journal, files, seq, snapshotBytes);
    // A damaged journal was set aside: what it restored is only in memory until written.
    if (migrated || damaged) await store.snapshot();
    return store;
  }

  get data(): Readonly<CatalogueData> {
    return this.db.data;
  }

  /**
   * Makes every change so far durable: commits it to the journal, and folds the journal
   * into catalogue.json once the journal has outgrown it.
   */
  async save(): Promise<void> {
    await this.commit();
    if (this.journal.size > Math.max(FOLD_MIN_BYTES, this.#snapshotBytes)) await this.snapshot();
  }

  /**
   * Appends the changes made so far to the journal, durably, as one entry. The entry is
   * taken when this is called and written once `after` (if given) has settled: an import
   * commits its batch only after the batch's bodies are on disk, never before.
   */
  commit(after?: Promise<unknown>): Promise<void> {
    const entry = entryOf(this.db.data, () => this.files.records, this.#changes, this.#seq + 1);
    this.#changes = noChanges();
    const first = Promise.resolve(after);
    // Its failure is this commit's, reported by the promise returned here.
    first.catch(() => undefined);
    if (!entry) return this.#enqueue(async () => void (await first));
    this.#seq = entry.seq;
    return this.#enqueue(async () => {
      await first;
      if (this.#snapshotNext) return this.#writeSnapshot();
      try {
        await this.journal.append(entry);
      } catch (err) {
        this.#snapshotNext = true;
        throw err;
      }
    });
  }

  /** Writes the whole catalogue (a slice at a time) and empties the journal it now holds. Reads the file entries first if the journal holds changes to them. */
  snapshot(): Promise<void> {
    this.#changes = noChanges();
    return this.#enqueue(() => this.#writeSnapshot());
  }

  async #writeSnapshot(): Promise<void> {
    const seq = this.#seq;
    // files.json first: a crash before catalogue.json is written leaves it ahead, and load() skips what it holds.
    await this.files.write(seq);
    await this.adapter.writePieces(snapshotPieces(this.db.data, seq));
    // Entries up to `seq` are skipped on replay even if this reset never happens.
    await this.journal.reset();
    this.#snapshotNext = false;
    this.#snapshotBytes = await snapshotSize(dirname(this.adapter.path));
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  article(id: string): StoredArticle | undefined {
    return this.db.data.articles[id];
  }

  articleCount(): number {
    return Object.keys(this.db.data.articles).length;
  }

  putArticle(article: StoredArticle): void {
    const previous = this.db.data.articles[article.id];
    if (previous && previous.contentHash !== article.contentHash) this.#byHash?.delete(previous.contentHash);
    this.db.data.articles[article.id] = article;
    this.#changes.articles.add(article.id);
    this.#byHash?.set(article.contentHash, article.id);
    this.#sorted.clear();
    this.revision++;
  }

  articleByContentHash(hash: string): StoredArticle | undefined {
    if (!this.#byHash) {
      this.#byHash = new Map();
      for (const a of Object.values(this.db.data.articles)) this.#byHash.set(a.contentHash, a.id);
    }
    const id = this.#byHash.get(hash);
    return id === undefined ? undefined : this.db.data.articles[id];
  }

  /**
   * Reads the file entries (files.json) if not read yet. An import, a re-scan, a folder
   * removal and the counts of files call this first; the list and search never need them.
   */
  loadFiles(): Promise<void> {
    return this.files.load();
  }

  /** Every file entry by path; only after loadFiles(). */
  fileEntries(): Readonly<Record<string, FileEntry>> {
    return this.files.records;
  }

  /** Only after loadFiles(), as are the other file methods. */
  file(path: string): FileEntry | undefined {
    return this.files.records[path];
  }

  putFile(path: string, entry: FileEntry): void {
    this.files.records[path] = entry;
    this.#changes.files.add(path);
  }

  filesUnder(root: string): string[] {
    const prefix = root.endsWith(sep) ? root : `${root}${sep}`;
    return Object.keys(this.files.records).filter((p) => p.startsWith(prefix));
  }

  /** Records an imported folder; a new one is watched by default. */
  addFolder(root: string, now = new Date().toISOString()): void {
    if (this.db.data.folders.includes(root) && this.db.data.sources[root]) return;
    if (!this.db.data.folders.includes(root)) this.db.data.folders = [...this.db.data.folders, root];
    this.db.data.sources = { ...this.db.data.sources, [root]: this.db.data.sources[root] ?? { addedAt: now, lastScanAt: null, watch: true } };
    this.#changes.folders = true;
  }

  source(root: string): SourceMeta | undefined {
    return this.db.data.sources[root];
  }

  /** Changes an imported folder's metadata; unknown folders are ignored. */
  updateSource(root: string, patch: Partial<SourceMeta>): void {
    const meta = this.db.data.sources[root];
    if (!meta) return;
    this.db.data.sources = { ...this.db.data.sources, [root]: { ...meta, ...patch } };
    this.#changes.folders = true;
  }

  /** Forgets a folder (its files and articles are removed by the caller). */
  removeFolder(root: string): void {
    this.db.data.folders = this.db.data.folders.filter((f) => f !== root);
    const { [root]: _removed, ...sources } = this.db.data.sources;
    this.db.data.sources = sources;
    this.#changes.folders = true;
  }

  removeFile(path: string): void {
    delete this.files.records[path];
    this.#changes.files.add(path);
  }

  removeArticle(id: string): void {
    if (!this.db.data.articles[id]) return;
    delete this.db.data.articles[id];
    this.#changes.articles.add(id);
    // Rebuilt on the next lookup: two articles can share a hash, so the map cannot simply drop it.
    this.#byHash = null;
    this.#sorted.clear();
    this.revision++;
  }

  list(offset: number, limit: number, sort: ListSort): ListPage {
    const order = this.order(sort);
    const items = order.slice(offset, offset + limit).map((id) => summarise(this.db.data.articles[id]!));
    return { total: order.length, offset, items };
  }

  /**
   * Every article id in list order. Search orders its hits the same way (list-order.ts),
   * so both lists agree. Each order is kept until the catalogue changes.
   */
  order(sort: ListSort): readonly string[] {
    let order = this.#sorted.get(sort);
    if (!order) {
      const articles = Object.values(this.db.data.articles);
      order = Array.from(listOrder(articles, sort), (i) => articles[i]!.id);
      this.#sorted.set(sort, order);
    }
    return order;
  }
}

/** The user's part of a list row; the catalogue has none of it, so the service adds it. */
export type UserSummary = Pick<ArticleSummary, 'tags' | 'annotationCount' | 'hasNote'>;
export const NO_USER_SUMMARY: UserSummary = { tags: [], annotationCount: 0, hasNote: false };

export function summarise(a: StoredArticle, user: UserSummary = NO_USER_SUMMARY): ArticleSummary {
  return {
    id: a.id,
    title: a.title,
    date: a.date,
    place: a.place,
    agency: a.agency,
    language: a.language,
    snippet: a.snippet,
    missing: a.missing,
    sourceCount: a.sources.length,
    ...user,
  };
}

/**
 * catalogue.json and files.json together: the journal holds changes to both, so it is
 * folded once it outgrows both (measured against catalogue.json alone, imports folded twice as often).
 */
async function snapshotSize(dataDir: string): Promise<number> {
  const sizes = await Promise.all([CATALOGUE_FILE, FILES_FILE].map(async (name) => (await stat(join(dataDir, name)).catch(() => null))?.size ?? 0));
  return sizes.reduce((a, b) => a + b, 0);
}

/** Reads catalogue.json into `db`; false when there was none to read (absent, or corrupt and set aside). */
async function readSnapshot(db: Low<CatalogueData>, path: string, warnings: string[]): Promise<boolean> {
  const initial = db.data;
  try {
    await db.read();
  } catch (err) {
    if (!(err instanceof CorruptFileError)) throw err;
    // The catalogue can be rebuilt by importing again, so start empty, but keep the
    // broken file for inspection rather than overwrite it.
    const backup = await setAside(path);
    warnings.push(`The catalogue was corrupt and has been set aside as ${backup}; import your folders again.`);
    return false;
  }
  // lowdb keeps the default data when the file does not exist.
  return db.data !== initial;
}

function emptyCatalogue(): CatalogueData {
  return { version: CATALOGUE_MIGRATIONS.length + 1, articles: {}, folders: [], sources: {} };
}
