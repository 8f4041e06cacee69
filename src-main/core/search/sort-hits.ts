// Orders search hits. Date and headline orders are the catalogue's own list orders,
// so a search with no query lists exactly what archive:list does.
import type { ListSort } from '../../contract/archive';
import type { SearchSort } from '../../contract/search';
import type { CatalogueStore } from '../store/catalogue';
import type { FacetOutcome, FacetTable } from './facets';

/** The catalogue's list orders as table positions, each built on first use (100k: ~15 ms). */
export class SortOrders {
  readonly #orders = new Map<ListSort, Int32Array>();

  constructor(
    private readonly table: FacetTable,
    private readonly catalogue: CatalogueStore,
  ) {}

  /** Hit positions in `sort` order; relevance breaks ties newest first. */
  sort(hits: FacetOutcome, sort: SearchSort): Int32Array {
    if (sort === 'relevance' && hits.scores.some((s) => s > 0)) return this.#byScore(hits);
    const order = this.#order(sort === 'relevance' ? 'date-desc' : sort);
    if (hits.positions.length === order.length) return order;
    // Walking the whole order with a mask beats sorting the hits with a comparator.
    const wanted = new Uint8Array(this.table.size);
    for (const p of hits.positions) wanted[p] = 1;
    return order.filter((p) => wanted[p] === 1);
  }

  #byScore({ positions, scores }: FacetOutcome): Int32Array {
    const rank = new Int32Array(this.table.size);
    this.#order('date-desc').forEach((p, i) => (rank[p] = i));
    const index = Array.from(positions.keys()).sort((a, b) => scores[b]! - scores[a]! || rank[positions[a]!]! - rank[positions[b]!]!);
    return Int32Array.from(index, (i) => positions[i]!);
  }

  #order(sort: ListSort): Int32Array {
    let order = this.#orders.get(sort);
    if (!order) {
      const positions = this.catalogue.order(sort).map((id) => this.table.positionOf(id) ?? -1);
      order = Int32Array.from(positions.filter((p) => p >= 0));
      this.#orders.set(sort, order);
    }
    return order;
  }
}
