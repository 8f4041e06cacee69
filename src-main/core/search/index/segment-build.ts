// Making segments: from articles just indexed (pending-segment.ts), and from older segments
// merged into one without the articles removed since (mergeSegments). Both hand their
// terms in sorted order to a SegmentWriter.
import { ByteReader, ByteWriter } from './byte-stream';
import { FIELD_COUNT, Segment, type Run } from './segment';

/** One field's postings of one term while they are being written. */
export class RunWriter {
  count = 0;
  lastDoc = 0;
  readonly post = new ByteWriter();
  readonly pos = new ByteWriter();
  /** The article whose positions are being written (PendingSegment.add), -1 for none. */
  #openDoc = -1;
  #tf = 0;
  #lastPos = 0;

  clear(): void {
    this.count = 0;
    this.lastDoc = 0;
    this.post.clear();
    this.pos.clear();
    this.#openDoc = -1;
  }

  /** Adds one occurrence at `position` in article `doc`; true when it is the article's first. */
  occurrence(doc: number, position: number): boolean {
    const first = this.#openDoc !== doc;
    if (first) {
      this.#openDoc = doc;
      this.#tf = 0;
      this.#lastPos = 0;
    }
    this.pos.varint(position - this.#lastPos);
    this.#lastPos = position;
    this.#tf++;
    return first;
  }

  /** Writes the posting of the article whose occurrences were just added. */
  closeDoc(): void {
    this.posting(this.#openDoc, this.#tf);
  }

  posting(doc: number, tf: number): void {
    this.post.varint(doc - this.lastDoc);
    this.post.varint(tf);
    this.lastDoc = doc;
    this.count++;
  }
}

type TermRuns = (RunWriter | undefined)[];

/** Appends terms, in sorted order, with their runs; finish() makes the segment. */
export class SegmentWriter {
  readonly #termBytes = new ByteWriter(1 << 16);
  readonly #termStarts: number[] = [0];
  readonly #termPost: number[] = [0];
  readonly #termPos: number[] = [0];
  readonly #post = new ByteWriter(1 << 16);
  readonly #pos = new ByteWriter(1 << 16);

  term(bytes: Uint8Array, runs: TermRuns): void {
    let written = false;
    runs.forEach((run, field) => {
      if (!run?.count) return;
      this.#post.varint(field);
      this.#post.varint(run.count);
      this.#post.varint(run.post.length);
      this.#post.varint(run.pos.length);
      this.#post.bytes(run.post.view());
      this.#pos.bytes(run.pos.view());
      written = true;
    });
    if (!written) return;
    this.#termBytes.bytes(bytes);
    this.#termStarts.push(this.#termBytes.length);
    this.#termPost.push(this.#post.length);
    this.#termPos.push(this.#pos.length);
  }

  finish(base: number, lengths: Uint16Array): Segment {
    return new Segment({
      base,
      count: lengths.length / FIELD_COUNT,
      lengths,
      termStarts: Uint32Array.from(this.#termStarts),
      termBytes: this.#termBytes.view().slice(),
      termPost: Uint32Array.from(this.#termPost),
      termPos: Uint32Array.from(this.#termPos),
      post: this.#post.view().slice(),
      pos: this.#pos.view().slice(),
    });
  }
}

/** Terms sort by their UTF-8 bytes (segment.ts looks them up so). */
export function byBytes(a: [Uint8Array, unknown], b: [Uint8Array, unknown]): number {
  return Buffer.compare(a[0], b[0]);
}

/** One field of an article: its terms in order, and each one's position. */
export interface FieldTokens {
  terms: readonly string[];
  positions: readonly number[];
}

/** Copies one run's live postings, renumbered by `remap` (-1: removed), into `out`. */
function copyRun(segment: Segment, run: Run, remap: Int32Array, out: RunWriter): void {
  const bytes = segment.parts.pos;
  const post = new ByteReader(segment.parts.post, run.post);
  const pos = new ByteReader(bytes, run.pos);
  // Positions do not depend on the article number: the live ones are copied in stretches.
  let keep = pos.at;
  let doc = 0;
  for (let i = 0; i < run.count; i++) {
    doc += post.varint();
    const tf = post.varint();
    const to = remap[doc]!;
    if (to >= 0) {
      out.posting(to, tf);
      pos.skip(tf);
      continue;
    }
    out.pos.bytes(bytes.subarray(keep, pos.at));
    pos.skip(tf);
    keep = pos.at;
  }
  out.pos.bytes(bytes.subarray(keep, pos.at));
}

/**
 * Segments covering consecutive articles merged into one, leaving out removed articles.
 * `remap` gives each old article number its new one (-1: removed); it must keep their
 * order, so postings stay sorted by article without sorting.
 */
export function mergeSegments(segments: readonly Segment[], remap: Int32Array, base: number, count: number): Segment {
  const lengths = new Uint16Array(count * FIELD_COUNT);
  for (const s of segments) {
    for (let doc = s.base; doc < s.base + s.count; doc++) {
      const to = remap[doc]!;
      if (to >= 0)
        lengths.set(
          s.parts.lengths.subarray((doc - s.base) * FIELD_COUNT, (doc - s.base + 1) * FIELD_COUNT),
          (to - base) * FIELD_COUNT,
        );
    }
  }
  const writer = new SegmentWriter();
  const cursors = segments.map(() => 0);
  // One writer per field, emptied for each term: most terms are rare, and fresh writers cost more than the copying.
  const runs: RunWriter[] = Array.from({ length: FIELD_COUNT }, () => new RunWriter());
  for (;;) {
    // The smallest term any segment has left: segments are few, so a scan beats a heap.
    let smallest: Uint8Array | null = null;
    segments.forEach((s, i) => {
      if (cursors[i]! >= s.termCount) return;
      const bytes = s.termBytes(cursors[i]!);
      if (smallest === null || Buffer.compare(bytes, smallest) < 0) smallest = bytes;
    });
    if (smallest === null) break;
    for (const run of runs) run.clear();
    segments.forEach((s, i) => {
      const t = cursors[i]!;
      if (t >= s.termCount || Buffer.compare(s.termBytes(t), smallest!) !== 0) return;
      for (const run of s.runs(t)) copyRun(s, run, remap, runs[run.field]!);
      cursors[i] = t + 1;
    });
    writer.term(smallest, runs);
  }
  return writer.finish(base, lengths);
}
