// What the importer remembers of each file, kept in files.json apart from the catalogue
// and read the first time an import, a re-scan, a folder removal or the stats need it.
// At 100,000 files it is 26 MB of JSON that the list never reads: parsing it at startup
// cost a quarter of the time to the first page. Changes still go through the catalogue's
// journal; entries replayed before files.json is read wait here and are applied on load.
// In memory each entry is one packed string (packed-file-entry.ts), and files.json has one
// entry a line, so it is read a line at a time rather than parsed whole (files-json.ts).
import { join } from 'node:path';
import type { FileEntry } from './catalogue-records';
import { AtomicJsonFile, CorruptFileError, setAside } from './atomic-json-file';
import type { HoldBack } from './catalogue-journal';
import { NODE_FILE_IO, type FileIo } from './file-io';
import { filesJsonPieces, readFilesJson, type FilesSnapshot } from './files-json';
import { packedMissing, packFileEntry, unpackFileEntry, unpackFileStat, type FileStat } from './packed-file-entry';

export const FILES_FILE = 'files.json';

type FileChanges = Readonly<Record<string, FileEntry | null>>;

export class FileEntries {
  /** Path → packed entry (packed-file-entry.ts). */
  #packed: Map<string, string> | null = null;
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
    return this.#packed !== null;
  }

  /** The entries, once loaded. Reading them earlier is a programmer error: call load() first. */
  get #entries(): Map<string, string> {
    if (!this.#packed) throw new Error('file entries are not loaded yet: await CatalogueStore.loadFiles() first');
    return this.#packed;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The entry of `path`, unpacked: a new object, which changes nothing until put back. */
  get(path: string): FileEntry | undefined {
    const packed = this.#entries.get(path);
    return packed === undefined ? undefined : unpackFileEntry(packed);
  }

  put(path: string, entry: FileEntry): void {
    this.#entries.set(path, packFileEntry(entry));
  }

  delete(path: string): void {
    this.#entries.delete(path);
  }

  paths(): IterableIterator<string> {
    return this.#entries.keys();
  }

  /** Every entry, unpacked one at a time as the iteration reaches it. */
  entries(): IterableIterator<[string, FileEntry]> {
    return unpacked(this.#entries);
  }

  /** The size, mtime and missing mark of `path`'s entry, without unpacking the rest. */
  stat(path: string): FileStat | undefined {
    const packed = this.#entries.get(path);
    return packed === undefined ? undefined : unpackFileStat(packed);
  }

  /** Whether `path`'s entry says its file is gone, without unpacking it. */
  missing(path: string): boolean | undefined {
    const packed = this.#entries.get(path);
    return packed === undefined ? undefined : packedMissing(packed);
  }

  /** A journal entry's file changes, replayed at open: applied now if loaded, else kept for load(). */
  replay(seq: number, files: FileChanges): void {
    if (this.#packed) apply(this.#packed, files);
    else this.#pending.push({ seq, files });
  }

  /**
   * Takes entries that came inside an old catalogue.json (before files.json existed).
   * Every journal entry replayed so far came after that snapshot, so all are applied.
   */
  adopt(records: Record<string, FileEntry>): void {
    this.#packed = new Map();
    apply(this.#packed, records);
    for (const { files } of this.#pending) apply(this.#packed, files);
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
    if (this.#packed) return Promise.resolve();
    this.#loading ??= this.#read().catch((err: unknown) => {
      this.#loading = null;
      throw err;
    });
    return this.#loading;
  }

  async #read(): Promise<void> {
    let packed = new Map<string, string>();
    let seq = 0;
    try {
      seq = (await readFilesJson(this.#adapter, (path, entry) => packed.set(path, packFileEntry(entry)))) ?? 0;
    } catch (err) {
      if (!(err instanceof CorruptFileError)) throw err;
      // Only costs a re-read of unchanged files on the next scan: their articles are found again by content.
      const backup = await setAside(this.#adapter.path);
      this.warnings.push(
        `The list of imported files was corrupt and has been set aside as ${backup}; the next scan reads every file again.`,
      );
      packed = new Map();
    }
    // files.json is written before catalogue.json, so it may already hold entries the catalogue replayed.
    for (const entry of this.#pending) if (entry.seq > seq) apply(packed, entry.files);
    this.#pending = [];
    this.#packed = packed;
  }

  /**
   * Writes files.json as of journal entry `seq`. Entries never loaded are on disk already,
   * unless journal entries wait for them: then they are loaded, so the journal can be emptied.
   */
  async write(seq: number, holdBack?: HoldBack<FileEntry>): Promise<void> {
    if (!this.#packed && this.#pending.length === 0) return;
    await this.load();
    await this.#adapter.writePieces(filesJsonPieces(seq, this.#kept(holdBack)));
  }

  /**
   * The entries a snapshot writes, read as it goes: one changed meanwhile is written in its
   * newer state, one removed meanwhile left out; the journal entry of either change,
   * numbered after this snapshot, is replayed over it.
   */
  *#kept(holdBack?: HoldBack<FileEntry>): Generator<[string, FileEntry]> {
    for (const path of [...this.#entries.keys()]) {
      const entry = this.get(path);
      if (entry && !holdBack?.(path, entry)) yield [path, entry];
    }
  }
}

function* unpacked(entries: Map<string, string>): Generator<[string, FileEntry]> {
  for (const [path, packed] of entries) yield [path, unpackFileEntry(packed)];
}

function apply(packed: Map<string, string>, files: FileChanges): void {
  for (const [path, file] of Object.entries(files)) {
    if (file) packed.set(path, packFileEntry(file));
    else packed.delete(path);
  }
}
