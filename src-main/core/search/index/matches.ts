// A query's (or a part's) matching articles as facet-table positions in ascending order,
// each with its score. Combining parts is a merge of two sorted typed arrays: at 100k
// articles, Maps keyed by article id cost tens of milliseconds a query in hashing alone.

export interface Matches {
  readonly positions: Int32Array;
  /** Aligned with `positions`; 0 for an article matched by a filter, a tag or a negation. */
  readonly scores: Float64Array;
}

export const NO_MATCHES: Matches = { positions: new Int32Array(0), scores: new Float64Array(0) };

/** Every position below `size`, unscored. */
export function everything(size: number): Matches {
  const positions = new Int32Array(size);
  for (let p = 0; p < size; p++) positions[p] = p;
  return unscored(positions);
}

/** Positions (ascending, each once) with no score. */
export function unscored(positions: Int32Array): Matches {
  return { positions, scores: new Float64Array(positions.length) };
}

/** Articles by id, placed by `positionOf`; ids without a position are left out. */
export function fromIds(
  ids: Iterable<string> | ReadonlyMap<string, number>,
  positionOf: (id: string) => number | undefined,
): Matches {
  const scored = ids instanceof Map ? (ids as ReadonlyMap<string, number>) : null;
  if (!scored) return unscored(positionsOf(ids as Iterable<string>, positionOf));
  const pairs: [number, number][] = [];
  for (const [id, score] of scored) {
    const p = positionOf(id);
    if (p !== undefined) pairs.push([p, score]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { positions: Int32Array.from(pairs, (p) => p[0]), scores: Float64Array.from(pairs, (p) => p[1]) };
}

/**
 * Where the ids sit, ascending, sorted natively as a typed array rather than as pairs with
 * a comparator: `tag:bench` in the 100k bench holds 30,000 ids.
 */
function positionsOf(ids: Iterable<string>, positionOf: (id: string) => number | undefined): Int32Array {
  const found: number[] = [];
  for (const id of ids) {
    const p = positionOf(id);
    if (p !== undefined) found.push(p);
  }
  return Int32Array.from(found).sort();
}

// Reused by fromScattered, cleared where set: zeroed arrays as long as the table, for every
// word of every query, cost more than the few hundred hits of most words (issue 20).
let byPosition = new Float64Array(0);
let marked = new Uint8Array(0);

/**
 * Positions (distinct, in no order) with their scores, as Matches: sorted natively when
 * they are few, else marked and read back in one pass over the table.
 */
export function fromScattered(positions: Int32Array, scores: Float64Array, size: number): Matches {
  if (byPosition.length < size) [byPosition, marked] = [new Float64Array(size), new Uint8Array(size)];
  const n = positions.length;
  let sorted: Int32Array;
  if (n * 32 < size) sorted = positions.slice().sort();
  else {
    for (let i = 0; i < n; i++) marked[positions[i]!] = 1;
    sorted = new Int32Array(n);
    for (let p = 0, k = 0; k < n; p++) {
      if (marked[p] === 0) continue;
      sorted[k++] = p;
      marked[p] = 0;
    }
  }
  for (let i = 0; i < n; i++) byPosition[positions[i]!] = scores[i]!;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = byPosition[sorted[i]!]!;
    byPosition[sorted[i]!] = 0;
  }
  return { positions: sorted, scores: out };
}

/** Articles by number with their scores, at their places in a table (`positions[doc]`; -1, not in it: left out). */
export function placeHits(docs: Int32Array, scores: Float64Array, positions: Int32Array, size: number): Matches {
  const placed = new Int32Array(docs.length);
  const placedScores = new Float64Array(docs.length);
  let n = 0;
  for (let i = 0; i < docs.length; i++) {
    const p = positions[docs[i]!]!;
    if (p < 0) continue;
    placed[n] = p;
    placedScores[n++] = scores[i]!;
  }
  return fromScattered(placed.subarray(0, n), placedScores.subarray(0, n), size);
}

/** 1 at the article number of each of `positions` (`docs[position]`; -1, not indexed: none). */
export function docMask(positions: Int32Array, docs: Int32Array, size: number): Uint8Array {
  const mask = new Uint8Array(size);
  for (const p of positions) if (docs[p]! >= 0) mask[docs[p]!] = 1;
  return mask;
}

/** Scores gathered in an array as long as the table: the positions that `has` marks, in order. */
export function fromDense(scores: Float64Array, has: Uint8Array): Matches {
  let n = 0;
  for (let p = 0; p < has.length; p++) n += has[p]!;
  const out = { positions: new Int32Array(n), scores: new Float64Array(n) };
  for (let p = 0, k = 0; p < has.length; p++) {
    if (!has[p]) continue;
    out.positions[k] = p;
    out.scores[k++] = scores[p]!;
  }
  return out;
}

/** Positions in both; `a`'s scores, plus `b`'s when `sum`. */
export function intersect(a: Matches, b: Matches, sum: boolean): Matches {
  const positions = new Int32Array(Math.min(a.positions.length, b.positions.length));
  const scores = new Float64Array(positions.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.positions.length && j < b.positions.length) {
    const pa = a.positions[i]!;
    const pb = b.positions[j]!;
    if (pa < pb) i++;
    else if (pb < pa) j++;
    else {
      positions[n] = pa;
      scores[n++] = a.scores[i++]! + (sum ? b.scores[j]! : 0);
      j++;
    }
  }
  return { positions: positions.subarray(0, n), scores: scores.subarray(0, n) };
}

/** Positions in either, scores summed. */
export function union(a: Matches, b: Matches): Matches {
  const positions = new Int32Array(a.positions.length + b.positions.length);
  const scores = new Float64Array(positions.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.positions.length || j < b.positions.length) {
    const pa = i < a.positions.length ? a.positions[i]! : Infinity;
    const pb = j < b.positions.length ? b.positions[j]! : Infinity;
    positions[n] = Math.min(pa, pb);
    scores[n++] = (pa <= pb ? a.scores[i++]! : 0) + (pb <= pa ? b.scores[j++]! : 0);
  }
  return { positions: positions.subarray(0, n), scores: scores.subarray(0, n) };
}

/** Positions of `a` not in `b`, unscored. */
export function without(a: Matches, b: Matches): Matches {
  const positions = new Int32Array(a.positions.length);
  let j = 0;
  let n = 0;
  for (const p of a.positions) {
    while (j < b.positions.length && b.positions[j]! < p) j++;
    if (j >= b.positions.length || b.positions[j] !== p) positions[n++] = p;
  }
  return unscored(positions.subarray(0, n));
}

/** The score at `position`, 0 when it does not match. */
export function scoreAt(m: Matches, position: number): number {
  let lo = 0;
  let hi = m.positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (m.positions[mid]! < position) lo = mid + 1;
    else hi = mid;
  }
  return m.positions[lo] === position ? m.scores[lo]! : 0;
}
