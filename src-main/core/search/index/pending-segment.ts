// The segment in the making: the articles indexed since the last seal, as a log of their
// occurrences, inverted into a segment (segment-build.ts's writer) at the seal.
import { FIELD_COUNT, type Segment } from './segment';
import { byBytes, RunWriter, SegmentWriter, type FieldTokens } from './segment-build';
import { TEXT_END, type ArticleTerms } from './term-ids';

const utf8 = new TextEncoder();

// Positions in a field mostly step by 1 (by 2 between paragraphs): an occurrence keeps the
// step in its low bits beside its term's number, and a step that does not fit goes to a
// list of its own (ESCAPE).
const STEP_BITS = 3;
const ESCAPE = (1 << STEP_BITS) - 1;
const MAX_TERMS = 2 ** (32 - STEP_BITS);

// Occurrences the seal sorts at once (8 bytes each while it runs).
const INVERT_BLOCK = 1 << 20;

const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;

/** Uint32s appended in chunks: no doubling, so no array and its copy twice the size at once. */
class U32Log {
  readonly chunks: Uint32Array[] = [];
  length = 0;

  push(value: number): void {
    const at = this.length & (CHUNK - 1);
    if (at === 0) this.chunks.push(new Uint32Array(CHUNK));
    this.chunks[this.chunks.length - 1]![at] = value;
    this.length++;
  }

  at(i: number): number {
    return this.chunks[i >>> CHUNK_BITS]![i & (CHUNK - 1)]!;
  }
}

/**
 * Articles indexed since the last seal, sealed into a segment before a search reads them.
 * They are kept as a log of occurrences (term number and position step in one Uint32, in
 * the order they come) and inverted only at the seal, by a counting sort on term and field.
 * A writer per term and field, as this was, held ~43 MB at 10,000 articles (~850 bytes a
 * term) where the log holds ~14 MB, and the seal writes the same bytes
 * (bench/pending-segment.ts).
 */
export class PendingSegment {
  /** Term → its number, in the order first seen. */
  readonly #terms = new Map<string, number>();
  /** Per occurrence: term number << STEP_BITS | position step (ESCAPE: in #escaped). */
  readonly #occurrences = new U32Log();
  readonly #escaped = new U32Log();
  /** Where each article's field ends in the log: count × FIELD_COUNT. */
  readonly #fieldEnds = new U32Log();
  /** Per term, the last (article, field) it was counted for + 1: a field's distinct terms. */
  #lastSeen = new Int32Array(1 << 12);
  readonly #lengths: number[] = [];
  /** Per dictionary met (addIds), its ids' term numbers. */
  readonly #numbers = new Map<readonly string[], Int32Array>();

  /** `invertBlock`: how many occurrences the seal sorts at once (smaller in tests, to cross blocks). */
  constructor(
    readonly base: number,
    private readonly invertBlock = INVERT_BLOCK,
  ) {}

  get count(): number {
    return this.#lengths.length / FIELD_COUNT;
  }

  length(doc: number, field: number): number {
    return this.#lengths[(doc - this.base) * FIELD_COUNT + field]!;
  }

  /** Adds article `doc`, which must be numbered base + count. */
  add(doc: number, fields: readonly FieldTokens[]): void {
    if (doc !== this.base + this.count) throw new Error(`article ${doc} added out of order`);
    for (let field = 0; field < FIELD_COUNT; field++) {
      const { terms, positions } = fields[field] ?? { terms: [], positions: [] };
      const mark = this.#fieldEnds.length + 1;
      let distinct = 0;
      let last = -1;
      for (let i = 0; i < terms.length; i++) {
        const position = positions[i]!;
        if (this.#occur(this.#termNumber(terms[i]!), mark, position, position - last)) distinct++;
        last = position;
      }
      this.#endField(distinct);
    }
  }

  /**
   * Adds article `doc` from its term ids (term-ids.ts), the same as add() with the
   * terms and positions they stand for. An id is looked up by string once per dictionary
   * and segment, then by number.
   */
  addIds(doc: number, { dictionary, ids }: ArticleTerms): void {
    if (doc !== this.base + this.count) throw new Error(`article ${doc} added out of order`);
    const numbers = this.#numbersFor(dictionary);
    let fields = 0;
    let mark = this.#fieldEnds.length + 1;
    let distinct = 0;
    let position = 0;
    let last = -1;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id >= 0) {
        let t = numbers[id]! - 1;
        if (t < 0) numbers[id] = (t = this.#termNumber(dictionary[id]!)) + 1;
        if (this.#occur(t, mark, position, position - last)) distinct++;
        last = position++;
      } else if (id === TEXT_END) position++;
      else {
        this.#endField(distinct);
        fields++;
        mark = this.#fieldEnds.length + 1;
        distinct = position = 0;
        last = -1;
      }
    }
    if (fields !== FIELD_COUNT) throw new Error(`article ${doc} has ${fields} fields, not ${FIELD_COUNT}`);
  }

  /**
   * Logs a use of term `t` at `position`, `step` after the field's previous one (add() and
   * addIds() share it, so both build the same bytes); true when the field (`mark`) had not
   * used `t` yet.
   */
  #occur(t: number, mark: number, position: number, step: number): boolean {
    if (step > 0 && step < ESCAPE) this.#occurrences.push(((t << STEP_BITS) | step) >>> 0);
    else {
      this.#occurrences.push(((t << STEP_BITS) | ESCAPE) >>> 0);
      this.#escaped.push(position);
    }
    if (this.#lastSeen[t] === mark) return false;
    this.#lastSeen[t] = mark;
    return true;
  }

  /** Closes a field with `distinct` terms. */
  #endField(distinct: number): void {
    this.#fieldEnds.push(this.#occurrences.length);
    this.#lengths.push(Math.min(distinct, 0xffff));
  }

  /** Segment term number + 1 by dictionary id (0: not looked up yet), as long as the dictionary. */
  #numbersFor(dictionary: readonly string[]): Int32Array {
    let numbers = this.#numbers.get(dictionary);
    if (!numbers || numbers.length < dictionary.length) {
      const grown = new Int32Array(Math.max(dictionary.length, 2 * (numbers?.length ?? 0)));
      if (numbers) grown.set(numbers);
      this.#numbers.set(dictionary, (numbers = grown));
    }
    return numbers;
  }

  #termNumber(term: string): number {
    let t = this.#terms.get(term);
    if (t !== undefined) return t;
    t = this.#terms.size;
    if (t >= MAX_TERMS) throw new Error(`more than ${MAX_TERMS} distinct terms in one segment`);
    this.#terms.set(term, t);
    if (t === this.#lastSeen.length) {
      const grown = new Int32Array(t * 2);
      grown.set(this.#lastSeen);
      this.#lastSeen = grown;
    }
    return t;
  }

  /**
   * The segment: terms in byte order, inverted a block of terms at a time (a pass over
   * the log each), so the sorted copy of the log never outgrows INVERT_BLOCK occurrences.
   */
  seal(): Segment {
    const sorted = Array.from(this.#terms, ([term, t]): [Uint8Array, number] => [utf8.encode(term), t]).sort(byBytes);
    const rank = new Uint32Array(sorted.length);
    sorted.forEach(([, t], r) => (rank[t] = r));
    const starts = this.#countKeys(rank);
    const writer = new SegmentWriter();
    const runs: RunWriter[] = Array.from({ length: FIELD_COUNT }, () => new RunWriter());
    for (let r0 = 0; r0 < sorted.length;) {
      let r1 = r0 + 1;
      while (r1 < sorted.length && starts[(r1 + 1) * FIELD_COUNT]! - starts[r0 * FIELD_COUNT]! <= this.invertBlock)
        r1++;
      const { docs, positions } = this.#gather(rank, starts, r0, r1);
      const offset = starts[r0 * FIELD_COUNT]!;
      for (let r = r0; r < r1; r++) {
        for (let field = 0; field < FIELD_COUNT; field++) {
          const key = r * FIELD_COUNT + field;
          writeRun(runs[field]!, docs, positions, starts[key]! - offset, starts[key + 1]! - offset);
        }
        writer.term(sorted[r]![0], runs);
      }
      r0 = r1;
    }
    return writer.finish(this.base, Uint16Array.from(this.#lengths));
  }

  /** Where each key's occurrences start in term order (key: rank × FIELD_COUNT + field), and the total last. */
  #countKeys(rank: Uint32Array): Uint32Array {
    const log = this.#occurrences;
    const ends = this.#fieldEnds;
    const starts = new Uint32Array(rank.length * FIELD_COUNT + 1);
    let from = 0;
    for (let s = 0; s < ends.length; s++) {
      const field = s % FIELD_COUNT;
      const to = ends.at(s);
      for (let i = from; i < to; i++) starts[rank[log.at(i) >>> STEP_BITS]! * FIELD_COUNT + field + 1]!++;
      from = to;
    }
    for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
    return starts;
  }

  /** The occurrences of the terms ranked [r0, r1), grouped by key, each group in article and position order. */
  #gather(
    rank: Uint32Array,
    starts: Uint32Array,
    r0: number,
    r1: number,
  ): { docs: Uint32Array; positions: Uint32Array } {
    const log = this.#occurrences;
    const ends = this.#fieldEnds;
    const offset = starts[r0 * FIELD_COUNT]!;
    const next = starts.slice(r0 * FIELD_COUNT, r1 * FIELD_COUNT).map((start) => start - offset);
    const docs = new Uint32Array(starts[r1 * FIELD_COUNT]! - offset);
    const positions = new Uint32Array(docs.length);
    let escaped = 0;
    let from = 0;
    for (let s = 0; s < ends.length; s++) {
      const field = s % FIELD_COUNT;
      const doc = this.base + Math.floor(s / FIELD_COUNT);
      const to = ends.at(s);
      let position = -1;
      for (let i = from; i < to; i++) {
        const entry = log.at(i);
        const step = entry & ESCAPE;
        position = step === ESCAPE ? this.#escaped.at(escaped++) : position + step;
        const r = rank[entry >>> STEP_BITS]!;
        if (r < r0 || r >= r1) continue;
        const at = next[(r - r0) * FIELD_COUNT + field]!++;
        docs[at] = doc;
        positions[at] = position;
      }
      from = to;
    }
    return { docs, positions };
  }
}

/** Writes the occurrences [from, to) of one term and field (in article, then position order) as its run. */
function writeRun(run: RunWriter, docs: Uint32Array, positions: Uint32Array, from: number, to: number): void {
  run.clear();
  for (let i = from; i < to; i++) {
    run.occurrence(docs[i]!, positions[i]!);
    if (i + 1 === to || docs[i + 1] !== docs[i]) run.closeDoc();
  }
}
