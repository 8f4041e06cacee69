// Threads: copies of one story across agencies and versions, found by their text (issue
// 19 §3). Signatures (minhash.ts) are cut into bands; two articles that agree on a whole
// band are candidates, and candidates whose estimated similarity reaches THREAD_SIMILARITY
// are joined (union-find, so a thread is every article a chain of such pairs reaches).
// Incremental: an article is put or removed with a lookup of its own bands, never a pass
// over the archive; removing one re-clusters only the members of its thread.
import { BandBuckets } from './band-buckets';
import { SIGNATURE_BINS, similarity } from './minhash';

/**
 * Bands of three bins each (21 × 3 of the 64 bins): a pair is a candidate with probability
 * 1 − (1 − s³)²¹, an S-curve whose middle, (1/21)^(1/3) ≈ 0.36, lies just below the
 * threshold: 0.75 at s = 0.4, 0.94 at 0.5, 0.9996 at 0.7, and 2% at 0.1. Measured on 1,500
 * bench variants (bench/threads.ts): 16 × 4 found 88.7% of the true pairs at 0.4, 21 × 3
 * 91.5%, 32 × 2 91.7% with half as many buckets again to keep.
 */
export const BANDS = 21;
/**
 * Estimated Jaccard similarity of the 3-word shingles at which two articles are one story.
 * Measured (bench/threads.ts, 21 bands): 0.5 found 85% of the bench variants' true pairs
 * and 96% of fa-kes/SANA's, 0.4 found 92% and 100% at the same 98.5% precision on the
 * variants; 0.3 found 95% but joined more distinct fa-kes events sharing background text.
 */
export const THREAD_SIMILARITY = 0.4;

/**
 * The most slots a band's bucket keeps, the newest. Copy built from one template (a
 * market table, the 100,000 generated dispatches of tests/e2e/large-archive.spec.ts)
 * puts every article in one bucket, and comparing each new one with all before it was
 * quadratic: that import never finished. The newest 32 of a bucket are all in the thread
 * the bucket found, so joining them still joins the newcomer to it.
 */
export const MAX_BUCKET = 32;

export class ThreadIndex {
  readonly #slotOf = new Map<string, number>();
  #ids: (string | undefined)[] = [];
  #signatures = new Uint16Array(1024 * SIGNATURE_BINS);
  #parent = new Int32Array(1024);
  /** Members of each thread of two or more, under its root slot. */
  readonly #members = new Map<number, number[]>();
  /** Slots by band key, in typed arrays (band-buckets.ts): a Map per band held 3.5 KB an article. */
  readonly #buckets: BandBuckets;
  readonly #rows: number;
  readonly #free: number[] = [];
  /** A band's bucket as put() finds it (BandBuckets.enter). */
  readonly #before = new Int32Array(MAX_BUCKET);
  /** Bumped whenever a thread changes, so views built from it know when to rebuild. */
  revision = 0;

  constructor(
    readonly threshold = THREAD_SIMILARITY,
    readonly bands = BANDS,
  ) {
    this.#rows = Math.floor(SIGNATURE_BINS / bands);
    this.#buckets = new BandBuckets(bands, MAX_BUCKET);
  }

  get size(): number {
    return this.#slotOf.size;
  }

  /** Indexes an article's signature (again, if it had one), joining it to every thread it is close enough to. */
  put(id: string, signature: Uint16Array | null): void {
    if (this.#slotOf.has(id)) this.remove(id);
    if (!signature) return;
    const slot = this.#allocate(id, signature);
    const before = this.#before;
    for (let band = 0; band < this.bands; band++) {
      // Oldest first, as slots() lists them: the order joins are made in decides each thread's root and member order.
      for (let i = this.#buckets.enter(band, this.#bandKey(slot, band), slot, before) - 1; i >= 0; i--)
        this.#joinIfClose(slot, before[i]!);
    }
  }

  /** Forgets an article; the rest of its thread is clustered again, so a thread it bridged splits. */
  remove(id: string): void {
    const slot = this.#slotOf.get(id);
    if (slot === undefined) return;
    const root = this.#find(slot);
    const rest = (this.#members.get(root) ?? [slot]).filter((s) => s !== slot);
    this.#members.delete(root);
    for (let band = 0; band < this.bands; band++) this.#buckets.remove(band, this.#bandKey(slot, band), slot);
    this.#slotOf.delete(id);
    this.#ids[slot] = undefined;
    this.#free.push(slot);
    if (rest.length > 0) this.#recluster(rest);
    this.revision++;
  }

  /** The ids of every article in the article's thread, itself included; undefined when it is alone. */
  membersOf(id: string): string[] | undefined {
    const slot = this.#slotOf.get(id);
    if (slot === undefined) return undefined;
    const members = this.#members.get(this.#find(slot));
    return members?.map((s) => this.#ids[s]!);
  }

  /** Every thread of two or more, as member ids. */
  *threads(): Iterable<string[]> {
    for (const members of this.#members.values()) yield members.map((s) => this.#ids[s]!);
  }

  #allocate(id: string, signature: Uint16Array): number {
    const slot = this.#free.pop() ?? this.#ids.length;
    if (slot === this.#ids.length) this.#ids.push(id);
    else this.#ids[slot] = id;
    if ((slot + 1) * SIGNATURE_BINS > this.#signatures.length) this.#grow();
    this.#signatures.set(signature, slot * SIGNATURE_BINS);
    this.#parent[slot] = slot;
    this.#slotOf.set(id, slot);
    return slot;
  }

  #grow(): void {
    const signatures = new Uint16Array(this.#signatures.length * 2);
    signatures.set(this.#signatures);
    this.#signatures = signatures;
    const parent = new Int32Array(this.#parent.length * 2);
    parent.set(this.#parent);
    this.#parent = parent;
  }

  /** A band's rows folded into one small integer (30 bits, so V8 keeps map keys unboxed); equal bands, equal keys. */
  #bandKey(slot: number, band: number): number {
    const at = slot * SIGNATURE_BINS + band * this.#rows;
    let h = band;
    for (let i = 0; i < this.#rows; i++) h = Math.imul(h ^ this.#signatures[at + i]!, 0x01000193) + 0x9e3779b9;
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    return (h ^ (h >>> 12)) & 0x3fffffff;
  }

  #joinIfClose(a: number, b: number): void {
    const ra = this.#find(a);
    const rb = this.#find(b);
    if (ra === rb) return;
    const sim = similarity(this.#signatures, this.#signatures, a * SIGNATURE_BINS, b * SIGNATURE_BINS);
    if (sim < this.threshold) return;
    const ma = this.#members.get(ra) ?? [ra];
    const mb = this.#members.get(rb) ?? [rb];
    const [big, small, bigRoot, smallRoot] = ma.length >= mb.length ? [ma, mb, ra, rb] : [mb, ma, rb, ra];
    this.#parent[smallRoot] = bigRoot;
    for (const s of small) big.push(s);
    this.#members.set(bigRoot, big);
    this.#members.delete(smallRoot);
    this.revision++;
  }

  /** Clusters these slots (a thread that lost a member) again among themselves: no pair outside them was ever close to them. */
  #recluster(slots: number[]): void {
    for (const s of slots) this.#parent[s] = s;
    const inThread = new Set(slots);
    for (const s of slots) {
      for (let band = 0; band < this.bands; band++) {
        for (const other of this.#buckets.slots(band, this.#bandKey(s, band)))
          if (other !== s && inThread.has(other)) this.#joinIfClose(s, other);
      }
    }
  }

  #find(slot: number): number {
    const parent = this.#parent;
    while (parent[slot] !== slot) {
      parent[slot] = parent[parent[slot]!]!;
      slot = parent[slot]!;
    }
    return slot;
  }
}
