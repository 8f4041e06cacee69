// Reading the positions: which candidates hold a phrase, and where in an article the
// first hit of a query's words or phrases is (so a snippet skips the paragraphs before it).
import { ByteReader } from './byte-stream';
import type { IndexView } from './index-query';
import type { Run, Segment } from './segment';

const utf8 = new TextEncoder();

/** Walks one run's postings in article order, reading a posting's positions only when asked. */
class RunCursor {
  readonly #post: ByteReader;
  readonly #pos: ByteReader;
  #left: number;
  #tf = 0;
  #positionsRead = true;
  doc = -1;

  constructor(s: Segment, run: Run) {
    this.#post = new ByteReader(s.parts.post, run.post);
    this.#pos = new ByteReader(s.parts.pos, run.pos);
    this.#left = run.count;
  }

  /** Moves to the first posting at or after `doc`; false when the run is done. */
  seek(doc: number): boolean {
    while (this.doc < doc) {
      if (this.#left === 0) return false;
      if (!this.#positionsRead) this.#pos.skip(this.#tf);
      this.doc = Math.max(this.doc, 0) + this.#post.varint();
      this.#tf = this.#post.varint();
      this.#positionsRead = false;
      this.#left--;
    }
    return true;
  }

  /** The current posting's positions, into `out` (reused between calls). */
  positions(out: number[]): number[] {
    out.length = 0;
    let p = 0;
    for (let j = 0; j < this.#tf; j++) out.push((p += this.#pos.varint()));
    this.#positionsRead = true;
    return out;
  }
}

/** The first start in lists[0] where lists[k] holds start + k for every k; undefined for none. */
function runStart(lists: readonly number[][]): number | undefined {
  return lists[0]!.find((start) => lists.every((list, k) => list.includes(start + k)));
}

/**
 * Each article that every word of `terms` occurs in, in `field`, and that `wanted`
 * accepts, with the words' positions in the order of `terms`. The words' postings are
 * walked in step: no Maps, no array per posting, and positions are read only for those
 * articles; no article outside `range` (the lowest and highest wanted) is walked to.
 */
function walkTogether(
  view: IndexView,
  terms: readonly string[],
  field: number,
  wanted: (doc: number) => boolean,
  range: readonly [number, number],
  visit: (doc: number, lists: number[][]) => void,
): void {
  const distinct = [...new Set(terms)];
  const keys = distinct.map((t) => utf8.encode(t));
  const slot = terms.map((t) => distinct.indexOf(t));
  const scratch = distinct.map((): number[] => []);
  const ordered = slot.map((i) => scratch[i]!);
  const [low, high] = range;
  for (const s of view.segments) {
    if (s.base > high || s.base + s.parts.count <= low) continue;
    const runs = keys.map((k) => {
      const t = s.find(k);
      return t < 0 ? null : s.run(t, field);
    });
    if (runs.includes(null)) continue;
    const cursors = runs.map((run) => new RunCursor(s, run!));
    for (let doc = low; doc <= high;) {
      const last = alignAt(cursors, doc);
      if (last < 0 || last > high) break;
      if (last !== doc) {
        doc = last;
        continue;
      }
      if (wanted(doc)) {
        // The same arrays for every article: two new ones per candidate were most of a common phrase's garbage (issue 20).
        for (let i = 0; i < cursors.length; i++) cursors[i]!.positions(scratch[i]!);
        for (let k = 0; k < slot.length; k++) ordered[k] = scratch[slot[k]!]!;
        visit(doc, ordered);
      }
      doc++;
    }
  }
}

/**
 * Moves every cursor to `doc` or past it, each at least as far as the one before: `doc`
 * when all hold it, else an article none is past, to align at next (-1: a run ended).
 */
function alignAt(cursors: readonly RunCursor[], doc: number): number {
  let last = doc;
  for (const c of cursors) {
    if (!c.seek(last)) return -1;
    last = c.doc;
  }
  return last;
}

/** The lowest and highest of `docs`; [0, -1] for none. */
function rangeOf(docs: Iterable<number>): [number, number] {
  let low = Infinity;
  let high = -1;
  for (const d of docs) [low, high] = [Math.min(low, d), Math.max(high, d)];
  return high < 0 ? [0, -1] : [low, high];
}

/**
 * Which of `candidates` (article numbers, ascending) hold `terms` as a run in one of
 * `fields`: 1 at each such number. Membership is a byte per article rather than a Set:
 * a common phrase (`"Security Council"`, ~8,000 candidates at 100k) hashed each
 * candidate once to build the set and again per field and posting (issue 20).
 */
export function matchPhrase(
  view: IndexView,
  terms: readonly string[],
  fields: readonly number[],
  candidates: Int32Array,
): Uint8Array {
  const found = new Uint8Array(view.docCount);
  if (candidates.length === 0) return found;
  const wanted = new Uint8Array(view.docCount);
  for (const doc of candidates) wanted[doc] = 1;
  const isWanted = (doc: number): boolean => wanted[doc] === 1 && view.live[doc] === 1 && found[doc] === 0;
  const range: [number, number] = [candidates[0]!, candidates[candidates.length - 1]!];
  for (const field of fields) {
    walkTogether(view, terms, field, isWanted, range, (doc, lists) => {
      if (runStart(lists) !== undefined) found[doc] = 1;
    });
  }
  return found;
}

/** For each of `docs` holding one, the first position in `field` where one of `words` is or one of `phrases` starts. */
export function firstPositions(
  view: IndexView,
  docs: ReadonlySet<number>,
  words: readonly string[],
  phrases: readonly (readonly string[])[],
  field: number,
): Map<number, number> {
  const first = new Map<number, number>();
  const keep = (doc: number, at: number | undefined): void => {
    const known = first.get(doc);
    if (at !== undefined && (known === undefined || at < known)) first.set(doc, at);
  };
  const wanted = (doc: number): boolean => docs.has(doc);
  const range = rangeOf(docs);
  for (const word of words) walkTogether(view, [word], field, wanted, range, (doc, [list]) => keep(doc, list![0]));
  for (const phrase of phrases)
    walkTogether(view, phrase, field, wanted, range, (doc, lists) => keep(doc, runStart(lists)));
  return first;
}
