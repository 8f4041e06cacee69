// The thread signatures still in their shard files after open (catalogue-shards.ts): read
// after the first list page, onto the articles already in memory. The thread index, a
// snapshot and every change of the articles wait for them.
import { readSignatureShards, readSignatureShardsSync, type SignatureSink } from './catalogue-shards';
import type { StoredArticle } from './catalogue-records';

/** What the catalogue's threads need of the signatures: to wait for them, or to have them at once. */
export interface SignatureSource {
  /** `between`: awaited before each shard is read, by the read this call starts (see readSignatureShards). */
  load(between?: () => Promise<void>): Promise<void>;
  loadNow(): void;
}

export class UnreadSignatures implements SignatureSource {
  /** Ids put or removed since open (the journal's replay too): the signature their record holds now, or lacks, is newer than the file's. */
  readonly #fresh: Set<string>;
  #reading: Promise<void> | null = null;
  #done = false;

  constructor(
    private readonly dataDir: string,
    private readonly shards: number,
    private readonly articles: () => Record<string, StoredArticle>,
    private readonly warnings: string[],
    fresh: Iterable<string>,
  ) {
    this.#fresh = new Set(fresh);
  }

  /** An article put or removed: whatever its file says of it is older. */
  touched(id: string): void {
    if (!this.#done) this.#fresh.add(id);
  }

  /** Reads them once; later calls wait for the same read, and a read that failed (a locked file, say) is tried again. */
  load(between?: () => Promise<void>): Promise<void> {
    if (this.#done) return Promise.resolve();
    this.#reading ??= readSignatureShards(this.dataDir, this.shards, this.warnings, this.#sink, between).then(
      () => this.#finish(),
      (err: unknown) => {
        this.#reading = null;
        throw err;
      },
    );
    return this.#reading;
  }

  /** The same at once, for what cannot wait: threads asked for before the read ended. */
  loadNow(): void {
    if (this.#done) return;
    readSignatureShardsSync(this.dataDir, this.shards, this.#sink);
    this.#finish();
  }

  #finish(): void {
    this.#done = true;
    this.#fresh.clear();
  }

  readonly #sink: SignatureSink = (id, minhash) => {
    if (this.#done || this.#fresh.has(id)) return;
    const article = this.articles()[id];
    if (article) article.minhash = minhash;
  };
}
