// One immutable piece of the inverted index: the articles numbered base..base+count-1,
// their field lengths, a sorted term table, and per term its postings and positions as
// varint bytes. Typed arrays only, so a segment costs about its bytes (MiniSearch's
// Maps cost ~57 bytes a posting) and loads from disk as views on one buffer.
//
// A term's postings are runs, one per field it occurs in:
//   post: field, count, post bytes, pos bytes, then count × (doc gap, tf)
//   pos:  per posting, tf position gaps (positions restart at 0 in each field)
// The doc gaps of a run start from 0, so a run's first doc is stored whole.
import { ByteReader } from './byte-stream';

/** Title, body, place, agency: a field's number is its index in INDEX_FIELDS. */
export const FIELD_COUNT = 4;

export interface SegmentParts {
  /** The first article number this segment covers, and how many it covers. */
  base: number;
  count: number;
  /** Distinct terms per article and field (BM25's field length), count × FIELD_COUNT. */
  lengths: Uint16Array;
  /** Term t's UTF-8 bytes are termBytes[termStarts[t], termStarts[t + 1]); terms sorted bytewise. */
  termStarts: Uint32Array;
  termBytes: Uint8Array;
  /** Term t's runs are post[termPost[t], termPost[t + 1]), its positions start at pos[termPos[t]]. */
  termPost: Uint32Array;
  termPos: Uint32Array;
  post: Uint8Array;
  pos: Uint8Array;
}

/** One field's postings of one term: where its (doc gap, tf) pairs and its positions start. */
export interface Run {
  field: number;
  count: number;
  post: number;
  pos: number;
}

const utf8 = new TextDecoder();

function compareBytes(a: Uint8Array, from: number, to: number, b: Uint8Array): number {
  const n = Math.min(to - from, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[from + i]! - b[i]!;
    if (d !== 0) return d;
  }
  return to - from - b.length;
}

/** Reads a spilled segment's postings back from its file. */
export type PostingsLoader = () => Pick<SegmentParts, 'post' | 'pos'>;

const NO_BYTES = new Uint8Array(0);

export class Segment {
  /** The arrays but the postings, for base, count and spill(); the rest reads `parts`, as searches do. */
  #tables: SegmentParts;

  /**
   * A data property, not a getter: searches read it in their innermost loops, where a
   * getter made a tag write during the warm-up ~10 ms slower (bench/run-phases.ts search).
   * spill() puts an accessor on the instance that reads the postings back once.
   */
  constructor(public parts: SegmentParts) {
    this.#tables = parts;
  }

  /**
   * Lets go of the postings, which `load` reads back when a search next needs them. An
   * import seals a segment every SEAL_DOCS articles and no search reads them until it
   * ends, so they need not be held meanwhile (index-file.ts spills them once written).
   */
  spill(load: PostingsLoader): void {
    const tables = (this.#tables = { ...this.#tables, post: NO_BYTES, pos: NO_BYTES });
    Object.defineProperty(this, 'parts', {
      configurable: true,
      enumerable: true,
      get: () => {
        const parts = { ...tables, ...load() };
        Object.defineProperty(this, 'parts', { configurable: true, enumerable: true, writable: true, value: parts });
        return parts;
      },
    });
  }

  get spilled(): boolean {
    return Object.getOwnPropertyDescriptor(this, 'parts')?.get !== undefined;
  }

  get base(): number {
    return this.#tables.base;
  }

  get count(): number {
    return this.#tables.count;
  }

  get termCount(): number {
    return this.parts.termStarts.length - 1;
  }

  /** Whether article `doc` is one of this segment's. */
  holds(doc: number): boolean {
    return doc >= this.parts.base && doc < this.parts.base + this.parts.count;
  }

  length(doc: number, field: number): number {
    return this.parts.lengths[(doc - this.parts.base) * FIELD_COUNT + field]!;
  }

  term(t: number): string {
    const { termBytes, termStarts } = this.parts;
    return utf8.decode(termBytes.subarray(termStarts[t]!, termStarts[t + 1]!));
  }

  termBytes(t: number): Uint8Array {
    return this.parts.termBytes.subarray(this.parts.termStarts[t]!, this.parts.termStarts[t + 1]!);
  }

  /** The first term not below `key` (bytewise). */
  #lowerBound(key: Uint8Array): number {
    const { termBytes, termStarts } = this.parts;
    let lo = 0;
    let hi = this.termCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareBytes(termBytes, termStarts[mid]!, termStarts[mid + 1]!, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The term's number, or -1 when the segment does not hold it. */
  find(key: Uint8Array): number {
    const t = this.#lowerBound(key);
    const { termBytes, termStarts } = this.parts;
    return t < this.termCount && compareBytes(termBytes, termStarts[t]!, termStarts[t + 1]!, key) === 0 ? t : -1;
  }

  /** The numbers [from, to) of the terms starting with `prefix`: sorted terms keep them together. */
  prefixRange(prefix: Uint8Array): [number, number] {
    // UTF-8 never holds 0xff, so every term starting with the prefix sorts below prefix + 0xff.
    const past = new Uint8Array(prefix.length + 1);
    past.set(prefix);
    past[prefix.length] = 0xff;
    return [this.#lowerBound(prefix), this.#lowerBound(past)];
  }

  /** Term t's runs, one per field it occurs in. */
  runs(t: number): Run[] {
    const { post, termPost, termPos } = this.parts;
    const reader = new ByteReader(post, termPost[t]!);
    const end = termPost[t + 1]!;
    let pos = termPos[t]!;
    const runs: Run[] = [];
    while (reader.at < end) {
      const field = reader.varint();
      const count = reader.varint();
      const postBytes = reader.varint();
      const posBytes = reader.varint();
      runs.push({ field, count, post: reader.at, pos });
      reader.at += postBytes;
      pos += posBytes;
    }
    return runs;
  }

  /** The run of term t in `field`, or null. */
  run(t: number, field: number): Run | null {
    return this.runs(t).find((r) => r.field === field) ?? null;
  }
}
