// The index on disk, in the data folder: search-index.json (the article table: ids and
// stamps by number, the names of the segment files, the text store's table) written
// atomically, beside search-segment-N.bin files (written once, never changed) and the
// text store's file. It is derived data, so a missing, corrupt or outdated one is
// simply rebuilt.
import { open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AtomicJsonFile, CorruptFileError } from '../../store/atomic-json-file';
import { ANALYZER_VERSION } from './analyzer';
import type { Segment } from './segment';
import { postingsLoader, readSegment, segmentBytes } from './segment-file';
import { SearchIndex, type SavedDocs } from './search-index';
import { TextStore, type SavedTexts } from './text-store';

export const INDEX_FILE = 'search-index.json';
const SEGMENT_FILE = /^search-segment-(\d+)\.bin$/;

// Changes with the analyser or the layout on disk: any other saved index is rebuilt.
// 100 + ANALYZER_VERSION was MiniSearch's JSON.
const FORMAT = 200 + ANALYZER_VERSION;

// With more than this share of removed articles' leftovers, a save merges the segments
// first. Otherwise it only adds files: a merge costs seconds at 100k, and a search
// hardly notices a dozen segments (the index merges its newest ones in tiers: segment-tiers.ts).
const MAX_WASTE = 0.2;

/** The index and the texts it was built from: always updated, saved and loaded together. */
export interface SearchStores {
  index: SearchIndex;
  texts: TextStore;
}

interface SavedSearch {
  format: number;
  docs: SavedDocs;
  segments: string[];
  texts: SavedTexts;
}

export class IndexFile {
  readonly #file: AtomicJsonFile<SavedSearch>;
  /** The file each segment loaded or saved sits in; a segment made since has none yet. */
  readonly #names = new WeakMap<Segment, string>();
  /** The last segment file's number given out; files are never renamed or reused. */
  #generation = 0;
  /** Segments being written out as an import seals them (spill()); a save waits for them. */
  #spilling: Promise<void> = Promise.resolve();
  /** Files spilled since the last save settled the index: not yet named, but not leftovers. */
  readonly #spilledSinceSettle = new Set<string>();

  constructor(private readonly dataDir: string) {
    this.#file = new AtomicJsonFile<SavedSearch>(join(dataDir, INDEX_FILE));
  }

  /** The saved stores, or null when there are none usable. */
  async load(): Promise<SearchStores | null> {
    // An index of another format (MiniSearch's ran to 180 MB at 100k) is not parsed only to be thrown away.
    if ((await this.#savedFormat()) !== FORMAT) return null;
    let saved: SavedSearch | null;
    try {
      saved = await this.#file.read();
    } catch (err) {
      if (err instanceof CorruptFileError) return null;
      throw err;
    }
    if (saved?.format !== FORMAT || !saved.texts || !Array.isArray(saved.segments) || !saved.docs) return null;
    const segments = await Promise.all(
      saved.segments.map((name) => (SEGMENT_FILE.test(name) ? readSegment(join(this.dataDir, name)) : null)),
    );
    if (segments.includes(null)) return null;
    const index = SearchIndex.restore(saved.docs, segments as Segment[]);
    const texts = index && (await TextStore.open(this.dataDir, saved.texts));
    if (!index || !texts) return null;
    segments.forEach((s, i) => this.#names.set(s!, saved.segments[i]!));
    return this.#spillingFrom({ index, texts });
  }

  async #savedFormat(): Promise<number | null> {
    let handle;
    try {
      handle = await open(join(this.dataDir, INDEX_FILE), 'r');
      const head = Buffer.alloc(32);
      const { bytesRead } = await handle.read(head, 0, 32, 0);
      return Number(/^\{"format":(\d+)[,}]/.exec(head.toString('utf8', 0, bytesRead))?.[1] ?? NaN);
    } catch {
      return null;
    } finally {
      await handle?.close();
    }
  }

  /** Stores built from nothing, in a fresh text file. */
  async create(): Promise<SearchStores> {
    return this.#spillingFrom({ index: SearchIndex.create(), texts: await TextStore.create(this.dataDir) });
  }

  async #spillingFrom(stores: SearchStores): Promise<SearchStores> {
    this.#generation = Math.max(this.#generation, await this.#lastGeneration());
    stores.index.onSealed = (segment) => this.#spill(segment);
    return stores;
  }

  /**
   * Writes a segment an import has just sealed to a file of its own and lets go of its
   * postings, read back from that file when a search needs them. At 100,000 articles
   * the ten sealed segments held ~70 MB until the import ended, at its RSS peak (issue
   * 20). The file is named in search-index.json at the next save, like any new segment;
   * until then a crash leaves it unnamed, and a save removes it. A failed write keeps the
   * postings in memory, and the save writes them.
   */
  #spill(segment: Segment): void {
    const name = `search-segment-${++this.#generation}.bin`;
    const path = join(this.dataDir, name);
    this.#spilledSinceSettle.add(name);
    this.#spilling = this.#spilling
      .then(() => writeSynced(path, segmentBytes(segment)))
      .then(
        () => {
          this.#names.set(segment, name);
          segment.spill(postingsLoader(path, segment));
        },
        () => rm(path, { force: true }).catch(() => undefined),
      );
  }

  /** Settles once the segments sealed so far are written out (or kept, if a write failed). */
  spilled(): Promise<void> {
    return this.#spilling;
  }

  /** Texts and new segments first, then the table naming them; files no longer named go only after that. */
  async save({ index, texts }: SearchStores): Promise<void> {
    await this.#spilling;
    const { docs, segments } = index.settle(index.waste > MAX_WASTE);
    this.#spilledSinceSettle.clear();
    this.#generation = Math.max(this.#generation, await this.#lastGeneration());
    const names: string[] = [];
    for (const segment of segments) {
      let name = this.#names.get(segment);
      if (!name) {
        name = `search-segment-${++this.#generation}.bin`;
        await writeSynced(join(this.dataDir, name), segmentBytes(segment));
        this.#names.set(segment, name);
      }
      names.push(name);
    }
    await texts.compactIfWasteful();
    await this.#file.write({ format: FORMAT, docs, segments: names, texts: texts.toJSON() });
    await texts.removeStaleFiles();
    const keep = new Set(names);
    // Files spilled while this save ran hold segments it did not settle: the next save names them.
    for (const name of await readdir(this.dataDir)) {
      if (SEGMENT_FILE.test(name) && !keep.has(name) && !this.#spilledSinceSettle.has(name))
        await rm(join(this.dataDir, name), { force: true });
    }
  }

  async #lastGeneration(): Promise<number> {
    let generation = 0;
    for (const name of await readdir(this.dataDir))
      generation = Math.max(generation, Number(SEGMENT_FILE.exec(name)?.[1] ?? 0));
    return generation;
  }
}

/** A new file, synced before the table that names it is written. */
async function writeSynced(path: string, pieces: readonly Uint8Array[]): Promise<void> {
  const handle = await open(path, 'w');
  try {
    // writeFile on an open handle writes from the current position, and all of it.
    for (const piece of pieces) await handle.writeFile(piece);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
