// Reading the segments for a query: a word's (or a prefix's) articles with their BM25+
// scores. Positions are read in index-positions.ts.
import { ByteReader } from './byte-stream';
import type { Run, Segment } from './segment';

/** What a query reads of the index: its segments and which article numbers are live. */
export interface IndexView {
  readonly segments: readonly Segment[];
  /** 1 for a live article number, 0 for a removed one (its postings stay until a merge). */
  readonly live: Uint8Array;
  /** One past the highest article number. */
  readonly docCount: number;
  readonly liveCount: number;
  /** Sum of the live articles' field lengths, per field. */
  readonly fieldTotals: Float64Array;
}

// MiniSearch's BM25+ parameters and prefix weighting, kept so relevance ranks as it did.
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
/** A headline hit says more than a body hit: the title field's score is doubled. */
export const FIELD_BOOST = [2, 1, 1, 1];

const utf8 = new TextEncoder();

/** Where one term occurs: its number in each segment that holds it. */
type Places = [Segment, number][];

/** The indexed terms a query word stands for: itself, and with `prefix` every term it starts. */
function lookup(view: IndexView, word: string, prefix: boolean): Map<string, Places> {
  const key = utf8.encode(word);
  const found = new Map<string, Places>();
  const add = (term: string, s: Segment, t: number): void => {
    const places = found.get(term);
    if (places) places.push([s, t]);
    else found.set(term, [[s, t]]);
  };
  for (const s of view.segments) {
    if (!prefix) {
      const t = s.find(key);
      if (t >= 0) add(word, s, t);
      continue;
    }
    const [from, to] = s.prefixRange(key);
    for (let t = from; t < to; t++) add(s.term(t), s, t);
  }
  return found;
}

/** How many postings `word` has in `fields` over every segment, removed articles included: a cheap size. */
export function postingCount(view: IndexView, word: string, fields: readonly number[]): number {
  const key = utf8.encode(word);
  let count = 0;
  for (const s of view.segments) {
    const t = s.find(key);
    if (t >= 0) for (const field of fields) count += s.run(t, field)?.count ?? 0;
  }
  return count;
}

/** Per article number: summed score, and how many of the query's words it matched (MiniSearch's "quality"). */
export class Scores {
  readonly score: Float64Array;
  readonly words: Uint8Array;
  readonly #lastWord: Int32Array;
  readonly touched: number[] = [];

  constructor(readonly size: number) {
    this.score = new Float64Array(size);
    this.words = new Uint8Array(size);
    this.#lastWord = new Int32Array(size).fill(-1);
  }

  add(doc: number, score: number, word: number): void {
    if (this.words[doc] === 0) this.touched.push(doc);
    this.score[doc]! += score;
    if (this.#lastWord[doc] !== word) {
      this.#lastWord[doc] = word;
      this.words[doc]!++;
    }
  }

  /** The article's final score: the sum times the number of words matched. */
  final(doc: number): number {
    return this.score[doc]! * this.words[doc]!;
  }

  /** Back to no article touched, clearing only what was touched. */
  reset(): void {
    for (const doc of this.touched) {
      this.score[doc] = 0;
      this.words[doc] = 0;
      this.#lastWord[doc] = -1;
    }
    this.touched.length = 0;
  }
}

/** The articles a query's words touched, each once in no order, with their final scores. */
export interface WordHits {
  docs: Int32Array;
  scores: Float64Array;
}

// Reused between calls, cleared where touched: three arrays as long as the archive were
// allocated and zeroed for every word of every query (2 MB at 100k), whatever it matched.
let scratch = new Scores(0);

// Reused between calls: a common word's postings run to tens of thousands.
let docs = new Int32Array(1024);
let tfs = new Int32Array(1024);
let lens = new Int32Array(1024);

/** Room for `n` postings in the scratch arrays; what they held is not kept. */
function reserve(n: number): void {
  if (n <= docs.length) return;
  const size = Math.max(n, docs.length * 2);
  [docs, tfs, lens] = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
}

/**
 * Scores one indexed term in one field, over every segment, into `out`; with `within`, only
 * the article numbers it marks 1. Every live posting still counts towards the word's
 * document frequency, so a scored article's score is the one a full pass gives it.
 */
function scoreField(
  view: IndexView,
  places: Places,
  field: number,
  weight: number,
  word: number,
  out: Scores,
  within: Uint8Array | null,
): void {
  const runs = places.map(([s, t]): [Segment, Run | null] => [s, s.run(t, field)]);
  reserve(runs.reduce((sum, [, run]) => sum + (run?.count ?? 0), 0));
  let n = 0;
  let df = 0;
  for (const [s, run] of runs) {
    if (!run) continue;
    const reader = new ByteReader(s.parts.post, run.post);
    let doc = 0;
    for (let i = 0; i < run.count; i++) {
      doc += reader.varint();
      const tf = reader.varint();
      if (view.live[doc] !== 1) continue;
      df++;
      if (within !== null && within[doc] !== 1) continue;
      docs[n] = doc;
      tfs[n] = tf;
      lens[n++] = s.length(doc, field);
    }
  }
  if (n === 0) return;
  // Document frequency counts live articles only, as MiniSearch's did once it dropped removed ones.
  const total = view.liveCount;
  const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
  const avg = view.fieldTotals[field]! / total;
  const factor = weight * FIELD_BOOST[field]! * idf;
  for (let i = 0; i < n; i++) {
    const tf = tfs[i]!;
    out.add(docs[i]!, factor * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * lens[i]!) / avg))), word);
  }
}

/**
 * Articles holding any of `words` in any of `fields`, with scores as MiniSearch gave them:
 * BM25+ per field times the field's boost, summed over the words, a prefix's longer terms
 * weighted down by how much longer they are, the sum multiplied by how many words matched.
 * With `within` (1 per article number wanted), only those articles: the later words of an
 * AND or a phrase score just the articles the earlier ones left (issue 20: scoring every
 * posting of `Council` for the 5,000 `Security` articles was most of the phrase's time).
 */
export function matchWords(
  view: IndexView,
  words: readonly string[],
  prefix: boolean,
  fields: readonly number[],
  within: Uint8Array | null = null,
): WordHits {
  if (scratch.size < view.docCount) scratch = new Scores(Math.max(view.docCount, scratch.size * 2));
  const scores = scratch;
  try {
    words.forEach((word, w) => {
      for (const [term, places] of lookup(view, word, prefix)) {
        const distance = term.length - word.length;
        const weight = distance === 0 ? 1 : (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance);
        for (const field of fields) scoreField(view, places, field, weight, w, scores, within);
      }
    });
    const { touched } = scores;
    const hits = { docs: new Int32Array(touched.length), scores: new Float64Array(touched.length) };
    for (let i = 0; i < touched.length; i++) {
      hits.docs[i] = touched[i]!;
      hits.scores[i] = scores.final(touched[i]!);
    }
    return hits;
  } finally {
    scores.reset();
  }
}
