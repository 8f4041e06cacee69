// Article texts for search, readable one article at a time. Snippets need the body of
// each hit on a page; in the BodyStore those sit in ~1 MB JSON shards, so a page of 100
// hits would parse ~85 shards (most of a second at 100k articles). Here each text is one
// positioned read. (Phrases no longer read texts: the index keeps positions.)
//
// An append-only file of UTF-8 JSON paragraph arrays plus an in-memory table of
// [offset, length] per article, saved inside search-index.json. A crash after an append
// but before that save leaves the saved table pointing at intact older bytes. Replaced
// texts become garbage; compaction copies the live texts into a file of the next
// generation, and the old file is deleted only after the index naming the new one is saved.
import { closeSync, openSync, readSync } from 'node:fs';
import { open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { paragraphsJson } from '../../store/paragraphs-json';

export interface SavedTexts {
  file: string;
  offsets: Record<string, [number, number]>;
  garbage: number;
}

const FILE = /^search-text-(\d+)\.dat$/;
const FLUSH_BYTES = 4 * 1024 * 1024;

interface Pending {
  id: string;
  bytes: Buffer;
}

export class TextStore {
  #offsets: Map<string, [number, number]>;
  #size: number;
  #garbage: number;
  #queue: Pending[] = [];
  #queuedBytes = 0;
  #unwritten = new Map<string, Buffer>();
  #writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly dataDir: string,
    private file: string,
    saved: SavedTexts | null,
    size: number,
  ) {
    this.#offsets = new Map(Object.entries(saved?.offsets ?? {}));
    this.#garbage = saved?.garbage ?? 0;
    this.#size = size;
  }

  /** The saved store, or null when its file is missing or shorter than its table says. */
  static async open(dataDir: string, saved: SavedTexts): Promise<TextStore | null> {
    if (!FILE.test(saved.file)) return null;
    // The file is created by the first write, so an empty store may have none.
    const size = await stat(join(dataDir, saved.file)).then(
      (s) => s.size,
      () => 0,
    );
    let end = 0;
    for (const [offset, length] of Object.values(saved.offsets)) end = Math.max(end, offset + length);
    return size >= end ? new TextStore(dataDir, saved.file, saved, size) : null;
  }

  /**
   * An empty store in a file of a new generation, for a rebuild or a compaction. Nothing
   * is written until something is put, so opening an empty archive leaves no files behind.
   */
  static async create(dataDir: string): Promise<TextStore> {
    let generation = 0;
    for (const name of await readdir(dataDir)) generation = Math.max(generation, Number(FILE.exec(name)?.[1] ?? 0));
    return new TextStore(dataDir, `search-text-${generation + 1}.dat`, null, 0);
  }

  put(id: string, paragraphs: readonly string[]): void {
    // The bytes the article's body log line holds too, when the import just stored it (paragraphs-json.ts).
    const bytes = paragraphsJson(paragraphs);
    this.remove(id);
    this.#offsets.set(id, [this.#size, bytes.length]);
    this.#size += bytes.length;
    this.#queue.push({ id, bytes });
    this.#queuedBytes += bytes.length;
    this.#unwritten.set(id, bytes);
    // Written in the background as it fills; a failure surfaces at the next flush().
    if (this.#queuedBytes >= FLUSH_BYTES) this.#write().catch(() => undefined);
  }

  remove(id: string): void {
    const old = this.#offsets.get(id);
    if (old) this.#garbage += old[1];
    this.#offsets.delete(id);
  }

  async read(ids: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    const onDisk: string[] = [];
    for (const id of ids) {
      const pending = this.#unwritten.get(id);
      if (pending) out.set(id, JSON.parse(pending.toString('utf8')) as string[]);
      else if (this.#offsets.has(id)) onDisk.push(id);
    }
    if (onDisk.length === 0) return out;
    // Synchronous on purpose: each read is a few KB, mostly from the page cache, and
    // 100 of them take about a millisecond, where awaiting each one cost 6-30 ms.
    const fd = openSync(join(this.dataDir, this.file), 'r');
    try {
      // One buffer for the page, not zeroed: each text is read whole over it before it is decoded.
      let buffer = Buffer.allocUnsafe(0);
      for (const id of onDisk) {
        const [offset, length] = this.#offsets.get(id)!;
        if (buffer.length < length) buffer = Buffer.allocUnsafe(Math.max(length, 64 * 1024));
        const read = readSync(fd, buffer, 0, length, offset);
        if (read < length) throw new Error(`The search texts file ${this.file} ends before the text of ${id}.`);
        out.set(id, JSON.parse(buffer.toString('utf8', 0, length)) as string[]);
      }
    } finally {
      closeSync(fd);
    }
    return out;
  }

  /** Writes everything put so far and syncs it to disk. */
  async flush(): Promise<void> {
    await this.#write(true);
  }

  /** When more than half the file is replaced texts, copies the live ones into a new file. */
  async compactIfWasteful(): Promise<void> {
    await this.flush();
    if (this.#garbage < 1024 * 1024 || this.#garbage < this.#size / 2) return;
    const next = await TextStore.create(this.dataDir);
    const ids = [...this.#offsets.keys()];
    for (let i = 0; i < ids.length; i += 1000) {
      for (const [id, paragraphs] of await this.read(ids.slice(i, i + 1000))) next.put(id, paragraphs);
    }
    await next.flush();
    this.file = next.file;
    this.#offsets = next.#offsets;
    this.#size = next.#size;
    this.#garbage = 0;
  }

  /** Deletes text files of other generations; call once the index naming this one is saved. */
  async removeStaleFiles(): Promise<void> {
    for (const name of await readdir(this.dataDir)) {
      if (FILE.test(name) && name !== this.file) await rm(join(this.dataDir, name), { force: true });
    }
  }

  toJSON(): SavedTexts {
    return { file: this.file, offsets: Object.fromEntries(this.#offsets), garbage: this.#garbage };
  }

  // Appends are serialised, and each batch is written in the order its offsets were given.
  #write(sync = false): Promise<void> {
    const batch = this.#queue;
    this.#queue = [];
    this.#queuedBytes = 0;
    if (batch.length === 0 && !sync) return this.#writing;
    this.#writing = this.#writing.then(async () => {
      const handle = await open(join(this.dataDir, this.file), 'a');
      try {
        if (batch.length) await handle.writeFile(Buffer.concat(batch.map((p) => p.bytes)));
        if (sync) await handle.sync();
      } finally {
        await handle.close();
      }
      for (const p of batch) if (this.#unwritten.get(p.id) === p.bytes) this.#unwritten.delete(p.id);
    });
    return this.#writing;
  }
}
