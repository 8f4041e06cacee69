// What the importer remembers of each file, kept in files.json apart from the catalogue
// and read the first time an import, a re-scan, a folder removal or the stats need it.
// At 100,000 files it is 26 MB of JSON that the list never reads: parsing it at startup
// cost a quarter of the time to the first page. Changes still go through the catalogue's
// journal; entries replayed before files.json is read wait here and are applied on load.
import { join } from 'node:path';
import type { FileEntry } from './catalogue-records';
import { AtomicJsonFile, CorruptFileError, setAside } from './atomic-json-file';
import { recordPieces, type HoldBack } from './catalogue-journal';
import { NODE_FILE_IO, type FileIo } from './file-io';

export const FILES_FILE = 'files.json';

/** files.json: the file entries and the last catalogue journal entry they hold. */
export interface FilesSnapshot {
  journalSeq?: number;
  files: Record<string, FileEntry>;
}

type FileChanges = Readonly<Record<string, FileEntry | null>>;

export class FileEntries {
  #records: Record<string, FileEntry> | null = null;
  #loading: Promise<void> | null = null;
  /** The files part of each journal entry replayed before the file entries were read, in order. */
  #pending: { seq: number; files: FileChanges }[] = [];
  readonly #adapter: AtomicJsonFile<FilesSnapshot>;

  constructor(
    dataDir: string,
    private readonly warnings: string[],
    io: FileIo = NODE_FILE_IO,
  ) {
    this.#adapter = new AtomicJsonFile<FilesSnapshot>(join(dataDir, FILES_FILE), io);
  }

  get loaded(): boolean {
    return this.#records !== null;
  }

  /** The entries, once loaded. Reading them earlier is a programmer error: call load() first. */
  get records(): Record<string, FileEntry> {
    if (!this.#records) throw new Error('file entries are not loaded yet: await CatalogueStore.loadFiles() first');
    return this.#records;
  }

  /** A journal entry's file changes, replayed at open: applied now if loaded, else kept for load(). */
  replay(seq: number, files: FileChanges): void {
    if (this.#records) apply(this.#records, files);
    else this.#pending.push({ seq, files });
  }

  /**
   * Takes entries that came inside an old catalogue.json (before files.json existed).
   * Every journal entry replayed so far came after that snapshot, so all are applied.
   */
  adopt(records: Record<string, FileEntry>): void {
    this.#records = records;
    for (const { files } of this.#pending) apply(records, files);
    this.#pending = [];
  }

  /**
   * Before version 3 the file entries came inside catalogue.json: already parsed, so they
   * are kept, and the migration writes files.json. Without a catalogue.json (`found` false)
   * a files.json left behind would mark files as imported whose articles are gone: none are taken.
   */
  adoptFrom(catalogue: Record<string, unknown>, found: boolean): void {
    if (catalogue.files && typeof catalogue.files === 'object')
      this.adopt(catalogue.files as Record<string, FileEntry>);
    else if (!found) this.adopt({});
  }

  /** Reads files.json once; later calls wait for the same read. A read that failed (a locked file, say) is tried again next time. */
  load(): Promise<void> {
    if (this.#records) return Promise.resolve();
    this.#loading ??= this.#read().catch((err: unknown) => {
      this.#loading = null;
      throw err;
    });
    return this.#loading;
  }

  async #read(): Promise<void> {
    let snapshot: FilesSnapshot | null = null;
    try {
      snapshot = await this.#adapter.read();
    } catch (err) {
      if (!(err instanceof CorruptFileError)) throw err;
      // Only costs a re-read of unchanged files on the next scan: their articles are found again by content.
      const backup = await setAside(this.#adapter.path);
      this.warnings.push(
        `The list of imported files was corrupt and has been set aside as ${backup}; the next scan reads every file again.`,
      );
    }
    const records = snapshot?.files ?? {};
    const seq = snapshot?.journalSeq ?? 0;
    // files.json is written before catalogue.json, so it may already hold entries the catalogue replayed.
    for (const entry of this.#pending) if (entry.seq > seq) apply(records, entry.files);
    this.#pending = [];
    this.#records = records;
  }

  /**
   * Writes files.json as of journal entry `seq`. Entries never loaded are on disk already,
   * unless journal entries wait for them: then they are loaded, so the journal can be emptied.
   */
  async write(seq: number, holdBack?: HoldBack<FileEntry>): Promise<void> {
    if (!this.#records && this.#pending.length === 0) return;
    await this.load();
    const records = this.records;
    await this.#adapter.writePieces(filesPieces(records, seq, holdBack));
  }
}

function* filesPieces(
  records: Readonly<Record<string, FileEntry>>,
  seq: number,
  holdBack?: HoldBack<FileEntry>,
): Generator<string> {
  yield `{"journalSeq":${seq},"files":{`;
  yield* recordPieces(records, holdBack);
  yield '}}';
}

function apply(records: Record<string, FileEntry>, files: FileChanges): void {
  for (const [path, file] of Object.entries(files)) {
    if (file) records[path] = file;
    else delete records[path];
  }
}
