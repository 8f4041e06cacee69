import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleBody } from '../../contract/archive';
import { AtomicJsonFile, CorruptFileError, setAside } from './atomic-json-file';
import { NODE_FILE_IO, type FileIo } from './file-io';
import { Journal } from './journal';
import { paragraphsJson } from './paragraphs-json';
import { unwrittenBodies, type UnwrittenBodies } from './unwritten-bodies';

type Shard = Record<string, ArticleBody>;
/** One change to a shard, as a line of its log: a body put, or null for a body removed. */
type LogEntry = [id: string, body: ArticleBody | null];

// 256 shards keyed by the first two hex digits of the article id. With 100k
// articles a shard is ~1 MB, so opening one article reads ~1 MB instead of the
// ~300 MB a single bodies file would hold. Figures in bench/store.ts.
//
// A shard is a snapshot (`ab.json`) plus a log of later changes (`ab.log`, JSON lines).
// An import appends each batch's bodies to the logs of their shards without reading the
// shards, so a batch costs what it adds, not what the archive holds, and no body stays
// in memory after its batch is written. Loading a shard folds a log mostly made of
// replaced entries back into its snapshot.
const SHARD_DIR = 'bodies';
const CACHE_LIMIT = 16;
/** Shard logs written at once by a flush: enough to overlap their fsyncs, few enough to keep file handles in check. */
const PARALLEL_WRITES = 16;
/** A log with at least this many replaced or removed entries (and more of them than live ones) is folded into the snapshot on load. */
const FOLD_AT_DEAD_ENTRIES = 64;

/** Article bodies, copied out of the source files so an article stays readable when its file is gone. */
export class BodyStore {
  /** Shards as on disk plus every change made since: what get() reads. */
  #cache = new Map<string, Shard>();
  /**
   * Changes not yet on disk in a log, by shard, as their log lines: made at put() rather
   * than at the flush, so a batch's texts are not held as strings for its ~2 s and promoted
   * by the young generation's collections meanwhile.
   */
  #pending = new Map<string, Map<string, Buffer>>();
  #logs = new Map<string, Journal>();
  /** Per shard, its log writes and folds, one at a time. */
  #queues = new Map<string, Promise<void>>();
  #flushing: Promise<void> = Promise.resolve();
  /** The bodies of this data folder not on disk yet, which the catalogue asks about before writing a record (unwritten-bodies.ts). */
  readonly #unwritten: UnwrittenBodies;

  constructor(
    private readonly dataDir: string,
    private readonly warnings: string[],
    private readonly io: FileIo = NODE_FILE_IO,
  ) {
    this.#unwritten = unwrittenBodies(dataDir);
  }

  async get(id: string): Promise<ArticleBody | undefined> {
    const key = shardOf(id);
    const pending = this.#pending.get(key);
    const line = pending?.get(id);
    if (line) return bodyOf(line) ?? undefined;
    return (await this.#shard(key))[id];
  }

  /** Keeps a body in memory until the next flush writes it. */
  put(id: string, body: ArticleBody): void {
    this.#change(id, body);
  }

  /** Drops a body (its article left the archive); written at the next flush. */
  async remove(id: string): Promise<void> {
    this.#change(id, null);
  }

  /**
   * Appends every change made so far to the shard logs, durably. What it writes is taken
   * when it starts: changes made meanwhile wait for the next flush. Changes stay readable
   * from memory until their lines are on disk.
   */
  flush(): Promise<void> {
    const run = this.#flushing.then(() => this.#writePending());
    this.#flushing = run.catch(() => undefined);
    return run;
  }

  async #writePending(): Promise<void> {
    const batch: [string, [id: string, line: Buffer][]][] = [...this.#pending].map(([key, changes]) => [
      key,
      [...changes],
    ]);
    if (batch.length === 0) return;
    await mkdir(join(this.dataDir, SHARD_DIR), { recursive: true });
    const writer = async (): Promise<void> => {
      for (let item = batch.pop(); item; item = batch.pop()) {
        const [key, entries] = item;
        await this.#serial(key, () => this.#log(key).appendBytes(Buffer.concat(entries.map(([, line]) => line))));
        this.#written(key, entries);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_WRITES, batch.length) }, writer));
  }

  /** Forgets pending changes now on disk, unless changed again since. */
  #written(key: string, entries: readonly [id: string, line: Buffer][]): void {
    // A removal's line was never in the ledger (see #change), so it clears nothing there.
    for (const [id, line] of entries) this.#unwritten.written(id, line);
    const pending = this.#pending.get(key);
    if (!pending) return;
    for (const [id, line] of entries) if (pending.get(id) === line) pending.delete(id);
    if (pending.size === 0) this.#pending.delete(key);
  }

  #change(id: string, body: ArticleBody | null): void {
    const key = shardOf(id);
    let pending = this.#pending.get(key);
    if (!pending) this.#pending.set(key, (pending = new Map()));
    const line = logLine(id, body);
    pending.set(id, line);
    if (body) this.#unwritten.put(id, line);
    else this.#unwritten.removed(id);
    // A loaded shard stays what disk plus pending changes say.
    const shard = this.#cache.get(key);
    if (!shard) return;
    if (body) shard[id] = body;
    else delete shard[id];
  }

  #snapshotFile(key: string): AtomicJsonFile<Shard> {
    return new AtomicJsonFile<Shard>(join(this.dataDir, SHARD_DIR, `${key}.json`), this.io);
  }

  #log(key: string): Journal {
    let log = this.#logs.get(key);
    if (!log) this.#logs.set(key, (log = new Journal(join(this.dataDir, SHARD_DIR, `${key}.log`), this.io)));
    return log;
  }

  #serial(key: string, task: () => Promise<void>): Promise<void> {
    const run = (this.#queues.get(key) ?? Promise.resolve()).then(task);
    this.#queues.set(
      key,
      run.catch(() => undefined),
    );
    return run;
  }

  async #shard(key: string): Promise<Shard> {
    let shard = this.#cache.get(key);
    if (shard) {
      // Re-insert to keep the Map in least-recently-used order.
      this.#cache.delete(key);
      this.#cache.set(key, shard);
      return shard;
    }
    shard = await this.#load(key);
    // A put while the shard loaded is pending too; apply pending changes over what disk says.
    for (const [id, line] of this.#pending.get(key) ?? []) {
      const body = bodyOf(line);
      if (body) shard[id] = body;
      else delete shard[id];
    }
    this.#cache.set(key, shard);
    for (const old of this.#cache.keys()) {
      if (this.#cache.size <= CACHE_LIMIT) break;
      this.#cache.delete(old);
    }
    return shard;
  }

  /** The snapshot with its log replayed; a log mostly of replaced entries is folded in. */
  #load(key: string): Promise<Shard> {
    let shard: Shard = {};
    return this.#serial(key, async () => {
      shard = await this.#readSnapshot(key);
      const log = this.#log(key);
      const { entries, damaged } = await log.read<LogEntry>();
      for (const [id, body] of entries) {
        if (body) shard[id] = body;
        else delete shard[id];
      }
      if (damaged) {
        const backup = await log.setAside();
        this.warnings.push(
          `Part of body shard ${key}'s log was damaged and has been set aside as ${backup}; re-import to restore its texts.`,
        );
      }
      const dead = entries.length - new Set(entries.filter(([id]) => Object.hasOwn(shard, id)).map(([id]) => id)).size;
      if (damaged || (dead >= FOLD_AT_DEAD_ENTRIES && dead > Object.keys(shard).length)) {
        // Snapshot first: a crash before the log is emptied replays entries the snapshot already holds, which changes nothing.
        await this.#snapshotFile(key).write(shard);
        await log.reset();
      }
    }).then(() => shard);
  }

  async #readSnapshot(key: string): Promise<Shard> {
    const file = this.#snapshotFile(key);
    try {
      return (await file.read()) ?? {};
    } catch (err) {
      if (!(err instanceof CorruptFileError)) throw err;
      const backup = await setAside(file.path);
      this.warnings.push(
        `Body shard ${key} was corrupt and has been set aside as ${backup}; re-import to restore its texts.`,
      );
      return {};
    }
  }
}

/**
 * The log line of a change, `JSON.stringify([id, body])` and a newline, built around the
 * paragraphs' bytes that the search texts store too (paragraphs-json.ts); a body of another
 * shape than the importer's is serialised whole.
 */
function logLine(id: string, body: ArticleBody | null): Buffer {
  const keys = body ? Object.keys(body) : [];
  const importers =
    body !== null &&
    Array.isArray(body.paragraphs) &&
    (body.related === undefined || Array.isArray(body.related)) &&
    keys[0] === 'paragraphs' &&
    (keys.length === 1 || (keys.length === 2 && keys[1] === 'related'));
  if (!importers) return Buffer.from(`${JSON.stringify([id, body])}\n`, 'utf8');
  const related = body.related === undefined ? '' : `,"related":${JSON.stringify(body.related)}`;
  return Buffer.concat([
    Buffer.from(`[${JSON.stringify(id)},{"paragraphs":`, 'utf8'),
    paragraphsJson(body.paragraphs),
    Buffer.from(`${related}}]\n`, 'utf8'),
  ]);
}

/** The body a pending log line puts, null for a removal. */
function bodyOf(line: Buffer): ArticleBody | null {
  return (JSON.parse(line.toString('utf8')) as LogEntry)[1];
}

export function shardOf(id: string): string {
  return id.slice(0, 2);
}
