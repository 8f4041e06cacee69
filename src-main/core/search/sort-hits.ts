// Orders search hits. Date and headline orders are the catalogue's own list orders
// (list-order.ts), so a search with no query lists exactly what archive:list does.
import type { ListSort } from '../../contract/archive';
import type { SearchSort } from '../../contract/search';
import { listOrder, type Orderable } from '../store/list-order';
import type { FacetTable } from './facets';
import type { Matches } from './index/matches';

// Ranks up to 2^21 fit below a 32-bit score in a float64's 53-bit integer range.
const RANK_SPAN = 2 ** 21;
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The catalogue's list orders as table positions, each built on first use. */
export class SortOrders {
  readonly #orders = new Map<ListSort, Int32Array>();
  #ranks: Int32Array | null = null;

  /**
   * `rows` are the table's articles, by table position; `listed` marks those lists show
   * (story-fold.ts), null for all of them.
   */
  constructor(
    private readonly table: FacetTable,
    private readonly rows: readonly Orderable[],
    private readonly listed: Uint8Array | null = null,
  ) {}

  /** Hit positions in `sort` order; relevance breaks ties newest first. */
  sort(hits: Matches, sort: SearchSort): Int32Array {
    return this.top(hits, sort, hits.positions.length);
  }

  /**
   * The first `k` of sort(hits, sort), the same rows in the same order, without ordering
   * the rest: a first page of 100 out of 50,000 hits needs neither a full sort by score
   * (5-10 ms at 100k) nor a walk of the whole date order.
   */
  top(hits: Matches, sort: SearchSort, k: number): Int32Array {
    if (sort === 'relevance' && hits.scores.some((s) => s > 0)) return this.#byScore(hits, k);
    const order = this.#order(sort === 'relevance' ? 'date-desc' : sort);
    if (hits.positions.length === order.length) return order.subarray(0, k);
    // Walking the order with a mask beats sorting the hits with a comparator; it stops at the k-th hit.
    const wanted = new Uint8Array(this.table.size);
    for (const p of hits.positions) wanted[p] = 1;
    const out = new Int32Array(Math.min(k, hits.positions.length));
    for (let i = 0, n = 0; n < out.length; i++) if (wanted[order[i]!] === 1) out[n++] = order[i]!;
    return out;
  }

  #byScore({ positions, scores }: Matches, k: number): Int32Array {
    const order = this.#order('date-desc');
    const rank = this.#rank(order);
    if (order.length > RANK_SPAN) {
      const index = Array.from(positions.keys()).sort(
        (a, b) => scores[b]! - scores[a]! || rank[positions[a]!]! - rank[positions[b]!]!,
      );
      return Int32Array.from(index.slice(0, k), (i) => positions[i]!);
    }
    // A comparator over 50,000 hits took ~40 ms; packed keys sort natively in a few. Each
    // key is the score's float32 bits, complemented so higher scores come first, above the
    // hit's rank in date order: scores equal to 7 digits count as a tie, newest first.
    // Every key is distinct (ranks are), so the k smallest come out in one order however found.
    const keys = new Float64Array(positions.length);
    for (let i = 0; i < positions.length; i++) {
      f32[0] = scores[i]!;
      keys[i] = (0xffffffff - u32[0]!) * RANK_SPAN + rank[positions[i]!]!;
    }
    const first = k < keys.length ? smallestFirst(keys, k) : keys;
    first.sort();
    return Int32Array.from(first, (key) => order[key % RANK_SPAN]!);
  }

  /** Builds the orders relevance and the default list use, before the first search needs them. */
  prepare(): void {
    this.#rank(this.#order('date-desc'));
  }

  /** Each table position's place in date-desc order. */
  #rank(order: Int32Array): Int32Array {
    if (!this.#ranks) {
      this.#ranks = new Int32Array(this.table.size);
      order.forEach((p, i) => (this.#ranks![p] = i));
    }
    return this.#ranks;
  }

  #order(sort: ListSort): Int32Array {
    let order = this.#orders.get(sort);
    if (!order) {
      // The rows are in the catalogue's order, as archive:list sorts them, so both orders come out alike.
      order = listOrder(this.rows, sort);
      // Superseded versions are never hits; leaving them out keeps "every hit" equal to the whole order.
      const listed = this.listed;
      if (listed) order = order.filter((p) => listed[p] === 1);
      this.#orders.set(sort, order);
    }
    return order;
  }
}

/**
 * The `k` smallest of `keys` (distinct), moved to its front in no order, and that front:
 * Hoare's selection, linear on average, where sorting all 50,000 keys to read 100 is not.
 */
export function smallestFirst(keys: Float64Array, k: number): Float64Array {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo < hi) {
    const pivot = keys[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (keys[i]! < pivot) i++;
      while (keys[j]! > pivot) j--;
      if (i <= j) {
        const t = keys[i]!;
        keys[i++] = keys[j]!;
        keys[j--] = t;
      }
    }
    // [lo, j] holds keys up to the pivot, [i, hi] keys from it; k-1 in neither is the pivot's own place.
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else break;
  }
  return keys.subarray(0, k);
}
