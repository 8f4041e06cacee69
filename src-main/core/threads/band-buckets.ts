// The thread index's buckets (thread-index.ts): for each band, which slots share a band
// key, newest first, in typed arrays. They were a Map per band of a slot or an array of
// slots: 65 MB for 18,761 articles (3.5 KB an article, bench at 20,000 files), ~330 MB at
// 100,000, the largest thing the main thread held during an import (issue 20's RSS). Here
// a band is an open-addressing table from key to the bucket's newest slot, and each slot
// links to the next older one of its bucket: 8-16 bytes a slot and band for the table (at
// most 3/4 full), 4 for the link, 250-420 bytes an article for 21 bands.

const EMPTY = -1;
const NONE = -1;
const MIN_CAPACITY = 1024;

/** One band's table: key (a non-negative 30-bit integer) to the bucket's newest slot. Linear probing (kept at most 3/4 full), deletion by backward shift. */
class BandTable {
  #keys = new Int32Array(MIN_CAPACITY).fill(EMPTY);
  #heads = new Int32Array(MIN_CAPACITY);
  #size = 0;

  get(key: number): number {
    return this.headAt(this.#find(key), key);
  }

  set(key: number, head: number): void {
    this.setAt(this.place(key), key, head);
  }

  /** Where `key` sits, or the empty place it would go, with room for one more key made first. */
  place(key: number): number {
    if ((this.#size + 1) * 4 > this.#keys.length * 3) this.#resize(this.#keys.length * 2);
    return this.#find(key);
  }

  /** The head at a place() of `key`, NONE when the key is not there. */
  headAt(at: number, key: number): number {
    return this.#keys[at] === key ? this.#heads[at]! : NONE;
  }

  /** Sets the head at a place() of `key`, taken since nothing else changed the table. */
  setAt(at: number, key: number, head: number): void {
    if (this.#keys[at] !== key) {
      this.#keys[at] = key;
      this.#size++;
    }
    this.#heads[at] = head;
  }

  delete(key: number): void {
    const mask = this.#keys.length - 1;
    let hole = this.#find(key);
    if (this.#keys[hole] !== key) return;
    this.#size--;
    // Backward shift: later entries of the probe run move into the hole when their home allows it.
    for (let at = (hole + 1) & mask; this.#keys[at] !== EMPTY; at = (at + 1) & mask) {
      const home = this.#keys[at]! & mask;
      if (((at - home) & mask) >= ((at - hole) & mask)) {
        this.#keys[hole] = this.#keys[at]!;
        this.#heads[hole] = this.#heads[at]!;
        hole = at;
      }
    }
    this.#keys[hole] = EMPTY;
  }

  /** Where `key` sits, or the empty place it would go. */
  #find(key: number): number {
    const mask = this.#keys.length - 1;
    let at = key & mask;
    while (this.#keys[at] !== EMPTY && this.#keys[at] !== key) at = (at + 1) & mask;
    return at;
  }

  #resize(capacity: number): void {
    const keys = this.#keys;
    const heads = this.#heads;
    this.#keys = new Int32Array(capacity).fill(EMPTY);
    this.#heads = new Int32Array(capacity);
    this.#size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) this.set(keys[i]!, heads[i]!);
  }
}

/** Every band's buckets, each holding at most `maxBucket` slots: a full one drops its oldest. */
export class BandBuckets {
  readonly #tables: BandTable[];
  /** Per slot and band, the next older slot of its bucket, or NONE. */
  #next: Int32Array;
  readonly #scratch: Int32Array;

  constructor(
    private readonly bands: number,
    private readonly maxBucket: number,
  ) {
    this.#tables = Array.from({ length: bands }, () => new BandTable());
    this.#next = new Int32Array(MIN_CAPACITY * bands).fill(NONE);
    this.#scratch = new Int32Array(maxBucket);
  }

  /** The slots in the band's bucket for `key`, oldest first (as they were added). */
  slots(band: number, key: number): number[] {
    const out: number[] = [];
    for (let s = this.#tables[band]!.get(key); s !== NONE; s = this.#next[s * this.bands + band]!) out.push(s);
    return out.reverse();
  }

  /** Adds `slot` as the newest of its bucket, dropping the oldest of a full one. */
  add(band: number, key: number, slot: number): void {
    this.enter(band, key, slot, this.#scratch);
  }

  /**
   * add(), having written the slots the bucket held before into `before`, newest first
   * (at least maxBucket long); returns how many. One probe of the band's table and one walk
   * of the bucket, where slots() then add() took three probes and two walks: the thread
   * index's put() was ~10% of an import's main thread at 100,000 files, most of it there.
   */
  enter(band: number, key: number, slot: number, before: Int32Array): number {
    const table = this.#tables[band]!;
    if ((slot + 1) * this.bands > this.#next.length) this.#grow(slot + 1);
    const at = table.place(key);
    const head = table.headAt(at, key);
    let count = 0;
    for (let s = head; s !== NONE; s = this.#next[s * this.bands + band]!) before[count++] = s;
    this.#next[slot * this.bands + band] = head;
    table.setAt(at, key, slot);
    // The newest maxBucket are kept: the slot and the maxBucket - 1 newest before it.
    const last = this.maxBucket === 1 ? slot : count >= this.maxBucket - 1 ? before[this.maxBucket - 2]! : NONE;
    if (last !== NONE) this.#next[last * this.bands + band] = NONE;
    return count;
  }

  /** Takes `slot` out of its bucket, if it is still there (a full bucket may have dropped it). */
  remove(band: number, key: number, slot: number): void {
    const table = this.#tables[band]!;
    const head = table.get(key);
    const link = (s: number): number => s * this.bands + band;
    if (head === slot) {
      const next = this.#next[link(slot)]!;
      if (next === NONE) table.delete(key);
      else table.set(key, next);
    } else {
      let s = head;
      while (s !== NONE && this.#next[link(s)] !== slot) s = this.#next[link(s)]!;
      if (s !== NONE) this.#next[link(s)] = this.#next[link(slot)]!;
    }
    this.#next[link(slot)] = NONE;
  }

  #grow(slots: number): void {
    let capacity = this.#next.length / this.bands;
    while (capacity < slots) capacity *= 2;
    const next = new Int32Array(capacity * this.bands).fill(NONE);
    next.set(this.#next);
    this.#next = next;
  }
}
