import { dirname, sep } from 'node:path';
import { Low } from 'lowdb';
import type { ListPage, ListSort } from '../../contract/archive';
import { AtomicJsonFile } from './atomic-json-file';
import * as folders from './catalogue-folders';
import { heldBackFromSnapshot, holdBackOnceSettled } from './catalogue-holdback';
import { entryOf, noChanges, type CatalogueEntry } from './catalogue-journal';
import { ListOrders } from './catalogue-list';
import type { CatalogueData, FileEntry, SourceMeta, StoredArticle } from './catalogue-records';
import { UnreadSignatures } from './catalogue-signatures';
import { readCatalogue } from './catalogue-open';
import { snapshotSize, writeSnapshot } from './catalogue-snapshot';
import { ContentHashes } from './content-hashes';
import { FileEntries } from './file-entries';
import type { FileStat } from './packed-file-entry';
import { NODE_FILE_IO, type FileIo } from './file-io';
import { Journal } from './journal';
import { JournaledDocument } from './journaled-document';
import { unwrittenBodies, type UnwrittenBodies } from './unwritten-bodies';
import { CatalogueStories, type StoryGroups } from './story-versions';
import type { StoryThreads } from './story-threads';
import { CatalogueThreads, type Foreground } from './thread-build';

// The records, the snapshot's file name and the list's summaries live in their own
// modules; the rest of the app imports them from here.
export type { CatalogueData, FileEntry, SourceMeta, StoredArticle } from './catalogue-records';
export { CATALOGUE_FILE } from './catalogue-snapshot';
export { NO_USER_SUMMARY, summarise, type UserSummary, type VersionCounts } from './catalogue-list';

export { CATALOGUE_JOURNAL } from './catalogue-open';
/** The journal is folded into catalogue.json once it outgrows it, and never below this size: a few import batches. */
const FOLD_MIN_BYTES = 16 * 1024 * 1024;

/**
 * The catalogue: article metadata, file entries and imported folders, in lowdb files
 * (the snapshot: catalogue.json and files.json) plus a journal of the commits since (see
 * catalogue-journal.ts), kept by a JournaledDocument. Changes are made in memory and
 * committed in batches. The file entries are read only once something needs them: loadFiles().
 */
export class CatalogueStore {
  #hashes = new ContentHashes();
  #orders = new ListOrders();
  /** Story groups, rebuilt on first use after a change (story-versions.ts). */
  readonly #stories = new CatalogueStories();
  /** The signatures left in their shard files at open (catalogue-signatures.ts); null when open read them with the articles (an old catalogue.json) or found none. */
  #signatures: UnreadSignatures | null = null;
  /** Near-duplicate threads, built after open (see buildThreads()) or whole on first use, and kept current after. */
  readonly #threads = new CatalogueThreads(() => this.db.data.articles, {
    load: (between) => this.loadSignatures(between),
    loadNow: () => this.#signatures?.loadNow(),
  });
  /** Bumped whenever an article is put or removed: a scan that leaves it alone changed nothing a reader sees. */
  revision = 0;
  #changes = noChanges();
  readonly #document: JournaledDocument<CatalogueEntry>;
  #snapshotBytes: number;
  /** Bodies not on disk yet: the records that point at them are held back (catalogue-holdback.ts). */
  readonly #unwritten: UnwrittenBodies;

  private constructor(
    private readonly db: Low<CatalogueData>,
    private readonly adapter: AtomicJsonFile<CatalogueData>,
    journal: Journal,
    private readonly files: FileEntries,
    seq: number,
    snapshotBytes: number,
    private readonly io: FileIo,
  ) {
    this.#snapshotBytes = snapshotBytes;
    this.#unwritten = unwrittenBodies(dirname(adapter.path));
    this.#document = new JournaledDocument<CatalogueEntry>({
      journal,
      seq,
      writeSnapshot: (at) => this.#writeSnapshot(at),
      // Folded as soon as it outgrows the snapshot; only save() asks, so an import's batch commits never wait behind a fold.
      fold: (bytes) => (bytes > Math.max(FOLD_MIN_BYTES, this.#snapshotBytes) ? 0 : null),
    });
  }

  /** `io` is for tests that make writes fail (see file-io.ts). */
  static async open(dataDir: string, warnings: string[], io: FileIo = NODE_FILE_IO): Promise<CatalogueStore> {
    const read = await readCatalogue(dataDir, warnings, io);
    const size = await snapshotSize(dataDir);
    const store = new CatalogueStore(read.db, read.adapter, read.journal, read.files, read.seq, size, io);
    if (read.found === 'shards')
      store.#signatures = new UnreadSignatures(
        dataDir,
        read.shards,
        () => store.db.data.articles,
        warnings,
        read.fresh,
      );
    // A damaged journal was set aside: what it restored is only in memory until written.
    if (read.migrated || read.setAside) await store.snapshot();
    return store;
  }

  get data(): Readonly<CatalogueData> {
    return this.db.data;
  }

  /** Makes every change so far durable: commits it to the journal, folded into catalogue.json once it outgrows it. */
  async save(): Promise<void> {
    await this.commit();
    await this.#document.foldIfDue();
  }

  /**
   * Appends the changes made so far to the journal, durably, as one entry. The entry is
   * taken when this is called and written once `after` (if given) has settled: an import
   * commits its batch only after the batch's bodies are on disk, never before; records
   * whose bodies are still not on disk then are held back (catalogue-holdback.ts), and if
   * `after` fails, the whole entry waits for a later commit.
   */
  commit(after?: Promise<unknown>): Promise<void> {
    const entry = entryOf(this.db.data, (path) => this.files.get(path), this.#changes);
    this.#changes = noChanges();
    return this.#document.record(
      entry,
      entry ? holdBackOnceSettled(entry, after, this.#unwritten, () => this.#changes) : after,
    );
  }

  /** Writes the whole catalogue (a slice at a time) and empties the journal it now holds. Reads the file entries first if the journal holds changes to them. */
  snapshot(): Promise<void> {
    return this.#document.snapshot();
  }

  async #writeSnapshot(seq: number): Promise<void> {
    // The signature shards are written from memory, so they are read first.
    await this.loadSignatures();
    // Everything in memory now goes into the snapshot; what changes while it is written is committed again.
    this.#changes = noChanges();
    this.#snapshotBytes = await writeSnapshot(
      this.adapter,
      this.files,
      this.db.data,
      seq,
      heldBackFromSnapshot(this.#unwritten, () => this.#changes),
      this.io,
    );
  }

  /** Reads the thread signatures onto the articles if not yet: the thread index, a snapshot and article changes (via loadFiles()) wait for it. `between`: see readSignatureShards. */
  loadSignatures(between?: () => Promise<void>): Promise<void> {
    return this.#signatures?.load(between) ?? Promise.resolve();
  }

  article(id: string): StoredArticle | undefined {
    return this.db.data.articles[id];
  }

  articleCount(): number {
    return Object.keys(this.db.data.articles).length;
  }

  /**
   * Changes of articles come after loadFiles() (import, removal), which reads the signatures
   * too: a record spread from one read before them would lack its signature.
   */
  putArticle(article: StoredArticle): void {
    this.#signatures?.touched(article.id);
    const previous = this.db.data.articles[article.id];
    this.#hashes.put(article, previous);
    this.#threads.put(article, previous);
    this.db.data.articles[article.id] = article;
    this.#changes.articles.add(article.id);
    this.#stories.changed(article.id, article.guid);
    this.#orders.clear();
    this.revision++;
  }

  articleByContentHash(hash: string): StoredArticle | undefined {
    const id = this.#hashes.lookup(this.db.data.articles, hash);
    return id === undefined ? undefined : this.db.data.articles[id];
  }

  /** Reads the file entries (files.json) if not yet: an import, a re-scan, a folder removal and file counts call this first; list and search never do. */
  async loadFiles(): Promise<void> {
    await Promise.all([this.files.load(), this.loadSignatures()]);
  }

  /** Every file entry with its path, each unpacked as the iteration reaches it (file-entries.ts); only after loadFiles(). */
  fileEntries(): Iterable<[string, FileEntry]> {
    return this.files.entries();
  }

  /** The paths of every file entry; only after loadFiles(). */
  filePaths(): Iterable<string> {
    return this.files.paths();
  }

  fileCount(): number {
    return this.files.size;
  }

  /** Only after loadFiles(), as are the other file methods. A copy: changing it changes nothing until putFile(). */
  file(path: string): FileEntry | undefined {
    return this.files.get(path);
  }

  /** The size, mtime and missing mark of the file's entry, without unpacking its hash and ids: what a re-scan compares. */
  fileStat(path: string): FileStat | undefined {
    return this.files.stat(path);
  }

  /** Whether the file's entry marks it gone from disk (undefined: no entry), without unpacking the entry. */
  fileMissing(path: string): boolean | undefined {
    return this.files.missing(path);
  }

  putFile(path: string, entry: FileEntry): void {
    this.files.put(path, entry);
    this.#changes.files.add(path);
  }

  filesUnder(root: string): string[] {
    const prefix = root.endsWith(sep) ? root : `${root}${sep}`;
    return [...this.files.paths()].filter((p) => p.startsWith(prefix));
  }

  /** Records an imported folder; a new one is watched by default. */
  addFolder(root: string, now = new Date().toISOString()): void {
    if (folders.addFolder(this.db.data, root, now)) this.#changes.folders = true;
  }

  source(root: string): SourceMeta | undefined {
    return this.db.data.sources[root];
  }

  /** Changes an imported folder's metadata; unknown folders are ignored. */
  updateSource(root: string, patch: Partial<SourceMeta>): void {
    if (folders.updateSource(this.db.data, root, patch)) this.#changes.folders = true;
  }

  /** Forgets a folder (its files and articles are removed by the caller). */
  removeFolder(root: string): void {
    folders.removeFolder(this.db.data, root);
    this.#changes.folders = true;
  }

  removeFile(path: string): void {
    this.files.delete(path);
    this.#changes.files.add(path);
  }

  removeArticle(id: string): void {
    if (!this.db.data.articles[id]) return;
    this.#signatures?.touched(id);
    delete this.db.data.articles[id];
    this.#changes.articles.add(id);
    this.#hashes.removed();
    this.#threads.remove(id);
    this.#stories.changed(id, undefined);
    this.#orders.clear();
    this.revision++;
  }

  /** Which articles are versions of one story, and which of them a newer one supersedes. */
  stories(): StoryGroups {
    return this.#stories.groups(this.db.data.articles);
  }

  /** Which articles are copies of one story across agencies and versions (story-threads.ts); builds what is left of the index first. */
  threads(): StoryThreads {
    return this.#threads.all();
  }

  /** The threads if their index is built, else null: the list shows no thread badges until then. */
  threadsIfBuilt(): StoryThreads | null {
    return this.#threads.ifBuilt();
  }

  /**
   * Builds the thread index a slice at a time, the event loop serving others between
   * slices (thread-build.ts); settles once threadsIfBuilt() has them.
   */
  buildThreads(): Promise<void> {
    return this.#threads.build();
  }

  /** The thread build takes no slice while `foreground` is busy: the user's writes go first (thread-build.ts). */
  threadBuildYieldsTo(foreground: Foreground): void {
    this.#threads.yieldTo(foreground);
  }

  list(offset: number, limit: number, sort: ListSort): ListPage {
    const threads = this.threadsIfBuilt() ?? undefined;
    return this.#orders.page(this.db.data.articles, this.stories(), { offset, limit, sort }, threads);
  }

  /** Every listed article id (a story's older versions left out) in list order, kept until the catalogue changes (see catalogue-list.ts). */
  order(sort: ListSort): readonly string[] {
    return this.#orders.order(this.db.data.articles, sort, this.stories());
  }
}
