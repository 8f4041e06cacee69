// Unsigned LEB128 varints, the postings' encoding: doc gaps, term frequencies and
// position gaps are mostly below 128, so most take one byte where an Int32Array takes four.

/** A growable byte buffer that varints are appended to. */
export class ByteWriter {
  #bytes: Uint8Array;
  length = 0;

  constructor(capacity = 16) {
    this.#bytes = new Uint8Array(capacity);
  }

  #reserve(extra: number): void {
    if (this.length + extra <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.length + extra));
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
