// Unsigned LEB128 varints, the postings' encoding: doc gaps, term frequencies and
// position gaps are mostly below 128, so most take one byte where an Int32Array takes four.

// Small buffers are views into a shared slab rather than arrays of their own: a segment in
// the making has a writer per term and field, hundreds of thousands, and an ArrayBuffer
// each (a backing store, tracked apart by the GC) cost the import's main thread more than
// the postings written into them (bench/import-profile.ts, 20,000 files). A slab lives as
// long as any view into it: the pending segment's writers all go at its seal.
const SLAB_BYTES = 1 << 16;
const SMALL_BYTES = 1 << 10;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

function newBytes(size: number): Uint8Array {
  if (size > SMALL_BYTES) return new Uint8Array(size);
  if (slabUsed + size > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  const bytes = new Uint8Array(slab, slabUsed, size);
  slabUsed += size;
  return bytes;
}

/** A growable byte buffer that varints are appended to. */
export class ByteWriter {
  #bytes: Uint8Array;
  length = 0;

  constructor(capacity = 16) {
    this.#bytes = newBytes(capacity);
  }

  #reserve(extra: number): void {
    if (this.length + extra <= this.#bytes.length) return;
    const grown = newBytes(Math.max(this.#bytes.length * 2, this.length + extra));
    grown.set(this.#bytes.subarray(0, this.length));
    this.#bytes = grown;
  }

  varint(value: number): void {
    this.#reserve(5);
    let v = value;
    while (v >= 0x80) {
      this.#bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.#bytes[this.length++] = v;
  }

  bytes(src: Uint8Array): void {
    this.#reserve(src.length);
    this.#bytes.set(src, this.length);
    this.length += src.length;
  }

  /** Empties the buffer, keeping its memory for the next use. */
  clear(): void {
    this.length = 0;
  }

  /** The bytes written so far (a view: copy it before writing more if it must last). */
  view(): Uint8Array {
    return this.#bytes.subarray(0, this.length);
  }
}

/** Reads varints from `bytes` starting at `at`; `at` moves past each one read. */
export class ByteReader {
  constructor(
    readonly bytes: Uint8Array,
    public at = 0,
  ) {}

  varint(): number {
    const b = this.bytes;
    let byte = b[this.at++]!;
    if (byte < 0x80) return byte;
    let value = byte & 0x7f;
    let shift = 7;
    do {
      byte = b[this.at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte >= 0x80);
    return value;
  }

  /** Skips `count` varints without decoding them. */
  skip(count: number): void {
    const b = this.bytes;
    for (let n = 0; n < count; n++) while (b[this.at++]! >= 0x80);
  }
}
