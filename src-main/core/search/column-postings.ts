// A catalogue facet column turned around: per value, the table positions holding it, in
// order. A filter on one value (`language=ar`, `period=2016`, the entity half of
// `place:Damascus`) then reads its own rows, or merges them with the query's hits, instead
// of testing every row: at 100k the pass over all rows took 3-10 ms, and the entity test
// behind `place:`/`agency:` (a gazetteer memo per row) 4-8 ms, on a loaded 2-core machine (issue 20).
import type { Matches } from './index/matches';

/** Code arrays by table position, one per slot, -1 for no value (facet-column.ts). */
interface Coded {
  readonly slots: readonly Int32Array[];
  readonly values: readonly string[];
}

/** The positions of each value of one column, built in two passes over its slots. */
export class ColumnPostings {
  /** Where each code's positions start in `#positions`; code c runs to `#starts[c + 1]`. */
  readonly #starts: Int32Array;
  readonly #positions: Int32Array;

  constructor(column: Coded) {
    const codes = column.values.length;
    const starts = new Int32Array(codes + 1);
    for (const slot of column.slots) for (const c of slot) if (c >= 0) starts[c + 1]!++;
    for (let c = 0; c < codes; c++) starts[c + 1]! += starts[c]!;
    const positions = new Int32Array(starts[codes]!);
    const next = starts.slice(0, codes);
    // Positions ascend within each code: slots are read by position, and one row's slots hold distinct codes (year, month).
    const size = column.slots[0]?.length ?? 0;
    for (let r = 0; r < size; r++)
      for (const slot of column.slots) {
        const c = slot[r]!;
        if (c >= 0) positions[next[c]!++] = r;
      }
    this.#starts = starts;
    this.#positions = positions;
  }

  /** The positions with code `code`, ascending. */
  of(code: number): Int32Array {
    return this.#positions.subarray(this.#starts[code]!, this.#starts[code + 1]!);
  }

  /** The positions with any selected code, ascending, each once. */
  selected(selection: Uint8Array): Int32Array {
    const lists: Int32Array[] = [];
    selection.forEach((on, code) => on === 1 && lists.push(this.of(code)));
    if (lists.length === 1) return lists[0]!;
    const all = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
    let n = 0;
    for (const l of lists) all.set(l, (n += l.length) - l.length);
    // A row has one code per slot, but `period` selections may name a year and its month: keep each position once.
    all.sort();
    let k = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[k - 1]) all[k++] = all[i]!;
    return all.subarray(0, k);
  }
}

/**
 * The matches whose positions are also in `positions` (ascending), with their scores;
 * with `matching` null, a copy of `positions` (callers may own what they get), unscored.
 * The shorter side is walked and the longer galloped over: `oil` with language=en is
 * 6,000 matches against 50,000 listed rows, `place:Damascus army` the other way round.
 */
export function keepListed(matching: Matches | null, positions: Int32Array): Matches {
  if (matching === null) return { positions: positions.slice(), scores: new Float64Array(positions.length) };
  const a = matching.positions;
  const [short, long] = a.length <= positions.length ? [a, positions] : [positions, a];
  const outPositions = new Int32Array(short.length);
  const outScores = new Float64Array(short.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < short.length && j < long.length; i++) {
    const p = short[i]!;
    if (long[j]! < p) j = lowerBound(long, p, j);
    if (long[j] !== p) continue;
    outPositions[n] = p;
    outScores[n++] = matching.scores[short === a ? i : j]!;
  }
  return { positions: outPositions.subarray(0, n), scores: outScores.subarray(0, n) };
}

/** The first index from `from` whose value is at least `p`: gallops, then halves. */
function lowerBound(a: Int32Array, p: number, from: number): number {
  let step = 1;
  let hi = from;
  while (hi < a.length && a[hi]! < p) {
    from = hi;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, a.length);
  while (from < hi) {
    const mid = (from + hi) >>> 1;
    if (a[mid]! < p) from = mid + 1;
    else hi = mid;
  }
  return from;
}
