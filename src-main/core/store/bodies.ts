import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleBody } from '../../contract/archive';
import { AtomicJsonFile, CorruptFileError, setAside } from './atomic-json-file';

type Shard = Record<string, ArticleBody>;

// 256 shards keyed by the first two hex digits of the article id. With 100k
// articles a shard is ~1 MB, so opening one article reads ~1 MB instead of the
// ~300 MB a single bodies file would hold, and an import rewrites only the
// shards it touched. Figures in bench/store.ts.
const SHARD_DIR = 'bodies';
const CACHE_LIMIT = 16;

/** Article bodies, copied out of the source files so an article stays readable when its file is gone. */
export class BodyStore {
  #cache = new Map<string, Shard>();
  #dirty = new Set<string>();

  constructor(
    private readonly dataDir: string,
    private readonly warnings: string[],
  ) {}

  async get(id: string): Promise<ArticleBody | undefined> {
    return (await this.#shard(shardOf(id)))[id];
  }

  async put(id: string, body: ArticleBody): Promise<void> {
    const key = shardOf(id);
    (await this.#shard(key))[id] = body;
    this.#dirty.add(key);
  }

  /** Drops a body (its article left the archive); written at the next flush. */
  async remove(id: string): Promise<void> {
    const key = shardOf(id);
    const shard = await this.#shard(key);
    if (!Object.hasOwn(shard, id)) return;
    delete shard[id];
    this.#dirty.add(key);
  }

  /** Writes every shard changed since the last flush. */
  async flush(): Promise<void> {
    if (this.#dirty.size === 0) return;
    await mkdir(join(this.dataDir, SHARD_DIR), { recursive: true });
    for (const key of [...this.#dirty]) {
      const shard = this.#cache.get(key);
      if (shard) await this.#file(key).write(shard);
      this.#dirty.delete(key);
    }
    this.#evict();
  }

  #file(key: string): AtomicJsonFile<Shard> {
    return new AtomicJsonFile<Shard>(join(this.dataDir, SHARD_DIR, `${key}.json`));
  }

  async #shard(key: string): Promise<Shard> {
    let shard = this.#cache.get(key);
    if (shard) {
      // Re-insert to keep the Map in least-recently-used order.
      this.#cache.delete(key);
      this.#cache.set(key, shard);
      return shard;
    }
    const file = this.#file(key);
    try {
      shard = (await file.read()) ?? {};
    } catch (err) {
      if (!(err instanceof CorruptFileError)) throw err;
      const backup = await setAside(file.path);
      this.warnings.push(`Body shard ${key} was corrupt and has been set aside as ${backup}; re-import to restore its texts.`);
      shard = {};
    }
    // Evict before inserting: the shard just loaded is about to be written to by put().
    this.#evict(CACHE_LIMIT - 1);
    this.#cache.set(key, shard);
    return shard;
  }

  // Dirty shards stay cached until flushed; clean ones beyond the limit are dropped oldest first.
  #evict(limit = CACHE_LIMIT): void {
    for (const key of this.#cache.keys()) {
      if (this.#cache.size <= limit) break;
      if (!this.#dirty.has(key)) this.#cache.delete(key);
    }
  }
}

export function shardOf(id: string): string {
  return id.slice(0, 2);
}
