// The evaluated matches of the last few queries, by query text. A result set is kept per
// query, filters and sort (archive-search.ts), so choosing another sort or clicking a facet
// evaluated the same query again: at 100k a common word (`Syria`, 45,000 hits) or phrase
// (`"Security Council"`) cost 7-14 ms CPU each time on a loaded machine, the same work
// (issue 20). The matches do not depend on the filters or the sort; they are read, never
// changed, by what is built from them.
import type { Matches } from './index/matches';

const KEPT = 4;

/** What the matches were evaluated against: any change to one of them makes them stale. */
export interface MatchStamp {
  generation: number;
  userGeneration: number;
  /** The tables whose positions the matches are in. */
  table: object;
}

export class QueryMatches {
  readonly #kept = new Map<string, { stamp: MatchStamp; matches: Matches }>();

  /** The matches of `query` under `stamp`, evaluated by `evaluate` unless kept from before. */
  async get(query: string, stamp: MatchStamp, evaluate: () => Promise<Matches>): Promise<Matches> {
    const known = this.#kept.get(query);
    const same =
      known?.stamp.generation === stamp.generation &&
      known.stamp.userGeneration === stamp.userGeneration &&
      known.stamp.table === stamp.table;
    if (same) return known.matches;
    const matches = await evaluate();
    this.#kept.delete(query);
    this.#kept.set(query, { stamp, matches });
    for (const old of this.#kept.keys()) {
      if (this.#kept.size <= KEPT) break;
      this.#kept.delete(old);
    }
    return matches;
  }
}
