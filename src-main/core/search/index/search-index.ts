// The inverted index: analysed terms with their positions, in segments of typed arrays
// (segment.ts), plus a stamp per article that says which version of it was indexed, so
// an import or a restart updates only what changed.
//
// Our own code rather than a library, after measuring at 100,000 articles: MiniSearch
// (scores, prefixes, updates) held ~57 bytes a posting (heap ~820 MB), took 8-18 s to
// load its saved JSON and 0.3-1 s for common words and phrases, which it can only check
// against the texts; FlexSearch is compact and fast but keeps no term frequencies (no
// BM25, so no relevance order) and no positions. Search needs both: BM25+ per field with
// the title boosted, prefixes over the vocabulary, phrases, fields, replacing articles,
// and an index that loads as it was saved. Lucene's layout does that in little code:
// immutable segments of varint postings with positions, removed articles masked until a
// merge drops them, a segment in the making for the articles indexed since the last.
import {
  BODY,
  INDEX_FIELDS,
  fieldNumbers,
  type Hits,
  type IndexDoc,
  type IndexField,
  type Placement,
  type PositionLookup,
  type SavedDocs,
} from './index-doc';
import { firstPositions, matchPhrase } from './index-positions';
import { matchWords, postingCount, type IndexView } from './index-query';
import { docMask, NO_MATCHES, placeHits, type Matches } from './matches';
import { FIELD_COUNT, Segment } from './segment';
import { PendingSegment } from './pending-segment';
import { mergeSegments } from './segment-build';
import { mergeTiers } from './segment-tiers';
import { articleTerms } from './term-ids';

export {
  INDEX_FIELDS,
  type Hits,
  type IndexDoc,
  type IndexField,
  type PositionLookup,
  type SavedDocs,
} from './index-doc';

// A search seals the articles indexed since the last one; an import every SEAL_DOCS, so the
// segment in the making stays small and index-file.ts writes each sealed one out (issue 20).
const SEAL_DOCS = 10_000;

export class SearchIndex implements IndexView {
  #segments: Segment[] = [];
  #live = new Uint8Array(1024);
  #liveCount = 0;
  readonly fieldTotals = new Float64Array(FIELD_COUNT);
  #ids: (string | null)[] = [];
  #stamps: (string | null)[] = [];
  #numbers = new Map<string, number>();
  #pending: PendingSegment | null = null;
  /** Bumped whenever article numbers are given, taken back or renumbered. */
  #version = 0;
  #placed: Placement | null = null;
  /** Articles put() seals at (tests lower it); onSealed gets each segment it seals (index-file.ts). */
  sealDocs = SEAL_DOCS;
  onSealed: ((segment: Segment) => void) | null = null;

  static create(): SearchIndex {
    return new SearchIndex();
  }

  /** A saved index, or null when its parts do not fit together (the caller rebuilds). */
  static restore(docs: SavedDocs, segments: readonly Segment[]): SearchIndex | null {
    const { ids, stamps } = docs;
    if (!Array.isArray(ids) || !Array.isArray(stamps) || ids.length !== stamps.length) return null;
    let next = 0;
    for (const s of segments) {
      if (s.base !== next) return null;
      next += s.count;
    }
    if (next !== ids.length) return null;
    const index = new SearchIndex();
    index.#segments = [...segments];
    index.#ids = ids;
    index.#stamps = stamps;
    index.#live = new Uint8Array(Math.max(1024, ids.length));
    ids.forEach((id, doc) => {
      if (id === null) return;
      index.#numbers.set(id, doc);
      index.#live[doc] = 1;
    });
    index.#liveCount = index.#numbers.size;
    for (const s of segments)
      for (let doc = s.base; doc < s.base + s.count; doc++) if (index.#live[doc]) index.#addLengths(s, doc, 1);
    return index;
  }

  get segments(): readonly Segment[] {
    return this.#segments;
  }

  /** 1 for a live article number, 0 for a removed one. */
  get live(): Uint8Array {
    return this.#live;
  }

  get liveCount(): number {
    return this.#liveCount;
  }

  get docCount(): number {
    return this.#ids.length;
  }

  get size(): number {
    return this.#liveCount;
  }

  /** Which version of the article is indexed; undefined when it is not. */
  stampOf(id: string): string | undefined {
    const doc = this.#numbers.get(id);
    return doc === undefined ? undefined : this.#stamps[doc]!;
  }

  ids(): IterableIterator<string> {
    return this.#numbers.keys();
  }

  /** Adds the article, or replaces the version indexed before. */
  put(doc: IndexDoc, stamp: string): void {
    this.remove(doc.id);
    this.#version++;
    const number = this.#ids.length;
    this.#ids.push(doc.id);
    this.#stamps.push(stamp);
    this.#numbers.set(doc.id, number);
    if (number >= this.#live.length) {
      const grown = new Uint8Array(this.#live.length * 2);
      grown.set(this.#live);
      this.#live = grown;
    }
    this.#live[number] = 1;
    this.#liveCount++;
    const pending = (this.#pending ??= new PendingSegment(number));
    pending.addIds(number, articleTerms(doc));
    for (let f = 0; f < FIELD_COUNT; f++) this.fieldTotals[f]! += pending.length(number, f);
    if (pending.count >= this.sealDocs) this.onSealed?.(this.#seal()!);
  }

  /** Marks the article gone at once; its postings are dropped at the next merge. */
  remove(id: string): void {
    const doc = this.#numbers.get(id);
    if (doc === undefined) return;
    this.#version++;
    this.#numbers.delete(id);
    this.#ids[doc] = null;
    this.#stamps[doc] = null;
    this.#live[doc] = 0;
    this.#liveCount--;
    const s = this.#segments.find((seg) => seg.holds(doc));
    if (s) this.#addLengths(s, doc, -1);
    else for (let f = 0; f < FIELD_COUNT; f++) this.fieldTotals[f]! -= this.#pending!.length(doc, f);
  }

  #addLengths(s: Segment, doc: number, sign: 1 | -1): void {
    for (let f = 0; f < FIELD_COUNT; f++) this.fieldTotals[f]! += sign * s.length(doc, f);
  }

  /** Articles holding any of `terms` (analysed) in `fields`, or with `prefix` a term starting so; BM25+ scores. */
  match(terms: readonly string[], prefix = false, fields: readonly IndexField[] = INDEX_FIELDS): Hits {
    this.#seal();
    const hits: Hits = new Map();
    if (terms.length === 0 || this.#liveCount === 0) return hits;
    const { docs, scores } = matchWords(this, terms, prefix, fieldNumbers(fields));
    docs.forEach((doc, i) => hits.set(this.#ids[doc]!, scores[i]!));
    return hits;
  }

  /** As match(), by position in `table` (unlisted articles left out), and only `within` those positions if given. */
  matchIn(
    table: PositionLookup,
    terms: readonly string[],
    prefix = false,
    fields: readonly IndexField[] = INDEX_FIELDS,
    within?: Int32Array,
  ): Matches {
    this.#seal();
    if (terms.length === 0 || this.#liveCount === 0) return NO_MATCHES;
    const placed = this.#placedIn(table);
    const mask = within ? docMask(within, placed.docs, this.#ids.length) : null;
    const { docs, scores } = matchWords(this, terms, prefix, fieldNumbers(fields), mask);
    return placeHits(docs, scores, placed.positions, table.size);
  }

  /** How many articles (removed ones included) hold `word` in `fields`: what an AND orders its words by. */
  postingCount(word: string, fields: readonly IndexField[] = INDEX_FIELDS): number {
    this.#seal();
    return postingCount(this, word, fieldNumbers(fields));
  }

  /** Places the articles in `table` now, which the first search would otherwise wait for (100k: ~85 ms). */
  prepare(table: PositionLookup): void {
    this.#placedIn(table);
  }
  /** Each article number's position in `table` and back, worked out once per table and numbering. */
  #placedIn(table: PositionLookup): Placement {
    if (this.#placed?.table === table && this.#placed.version === this.#version) return this.#placed;
    const positions = new Int32Array(this.#ids.length).fill(-1);
    const docs = new Int32Array(table.size).fill(-1);
    this.#ids.forEach((id, doc) => {
      const p = id === null ? undefined : table.positionOf(id);
      if (p === undefined) return;
      positions[doc] = p;
      docs[p] = doc;
    });
    return (this.#placed = { table, version: this.#version, positions, docs });
  }

  /**
   * Which of `candidates` (positions in `table`) hold `terms` next to each other, in
   * order, within one of `fields` (and one paragraph of the body): those positions, in
   * the order given (ascending, as Matches hold them).
   */
  phraseIn(
    table: PositionLookup,
    terms: readonly string[],
    fields: readonly IndexField[],
    candidates: Int32Array,
  ): Int32Array {
    this.#seal();
    const { docs } = this.#placedIn(table);
    // Article numbers ascend with table position only by chance: sorted here, as matchPhrase walks them in order.
    const numbers = new Int32Array(candidates.length);
    let n = 0;
    for (const p of candidates) if (docs[p]! >= 0) numbers[n++] = docs[p]!;
    const found = matchPhrase(this, terms, fieldNumbers(fields), numbers.subarray(0, n).sort());
    return candidates.filter((p) => docs[p]! >= 0 && found[docs[p]!] === 1);
  }

  /**
   * For each of `page` (positions in `table`) whose body holds one, the body position of
   * the first of `words` or the start of the first of `phrases`: a word's number, counted
   * from 0 with one number left between paragraphs.
   */
  firstInBody(
    table: PositionLookup,
    page: Int32Array,
    words: readonly string[],
    phrases: readonly (readonly string[])[],
  ): Map<number, number> {
    this.#seal();
    const { positions, docs } = this.#placedIn(table);
    const wanted = new Set<number>();
    for (const p of page) if (docs[p]! >= 0) wanted.add(docs[p]!);
    const first = firstPositions(this, wanted, words, phrases, BODY);
    return new Map(Array.from(first, ([doc, at]) => [positions[doc]!, at]));
  }

  /** What is saved: all indexed so far in segments, merged into one (removed articles dropped) when `compact`. */
  settle(compact: boolean): { docs: SavedDocs; segments: readonly Segment[] } {
    this.#seal();
    if (this.#segments.length > 1 && compact) this.#merge();
    // Copies: articles indexed while the save awaits its writes belong to the next one.
    return { docs: { ids: [...this.#ids], stamps: [...this.#stamps] }, segments: [...this.#segments] };
  }

  /** Share of article numbers that are removed articles' leftovers. */
  get waste(): number {
    return this.#ids.length === 0 ? 0 : 1 - this.#liveCount / this.#ids.length;
  }

  /** Seals the segment in the making (merging when they are many); returns the newest segment. */
  #seal(): Segment | undefined {
    if (this.#pending) {
      this.#segments.push(this.#pending.seal());
      this.#pending = null;
      // Numbers are kept, but what was placed over the merged segments is not.
      if (mergeTiers(this.#segments, this.sealDocs, this.#live)) this.#version++;
    }
    return this.#segments[this.#segments.length - 1];
  }

  /** All segments into one, live articles renumbered from 0 in their order. */
  #merge(): void {
    const remap = new Int32Array(this.#ids.length).fill(-1);
    const ids: string[] = [];
    const stamps: string[] = [];
    this.#ids.forEach((id, doc) => {
      if (id === null) return;
      remap[doc] = ids.length;
      ids.push(id);
      stamps.push(this.#stamps[doc]!);
    });
    this.#segments = [mergeSegments(this.#segments, remap, 0, ids.length)];
    this.#version++;
    this.#ids = ids;
    this.#stamps = stamps;
    this.#numbers = new Map(ids.map((id, doc) => [id, doc]));
    (this.#live = new Uint8Array(Math.max(1024, ids.length))).fill(1, 0, ids.length);
  }
}
