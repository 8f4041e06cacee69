// Versions of one story in search (issue 17). Every version stays indexed and is matched
// on its own, so a query that only an older version's text answers still finds the story;
// the hit is the story's newest version, the one the list shows (store/story-versions.ts),
// once, with its best version's score. As in a mail client's threads, a version answers
// the whole query by itself: `a b` with `a` only in one version and `b` only in another
// finds nothing, and `-a` finds a story one of whose versions lacks `a`. The metadata a
// version is judged by is its story's (article-rows.ts), so filters see what the hit shows.
import { fromDense, unscored, type Matches } from './index/matches';

// Reused by fold(), cleared where set: two arrays as long as the table, allocated and zeroed
// for every text query, were ~900 KB of garbage a search at 100k (issue 20).
let scratchHas = new Uint8Array(0);
let scratchScores = new Float64Array(0);

export class StoryFold {
  #listed: Matches | null | undefined;
  #mask: Uint8Array | null | undefined;

  /**
   * `listedAt[p]` is the table position of the version listed for position p's story (p
   * itself for an article that is listed); null when no article is superseded, as in most
   * archives, where folding costs nothing.
   */
  constructor(private readonly listedAt: Int32Array | null) {}

  /** 1 at the positions lists show; null when they show every position. */
  get mask(): Uint8Array | null {
    if (this.#mask === undefined) {
      const at = this.listedAt;
      this.#mask = at && Uint8Array.from(at, (listed, p) => (listed === p ? 1 : 0));
    }
    return this.#mask;
  }

  /** The listed positions, unscored: what an empty query matches; null for every position. */
  get listed(): Matches | null {
    if (this.#listed === undefined) {
      const mask = this.mask;
      this.#listed = mask && unscored(Int32Array.from(mask.keys()).filter((p) => mask[p] === 1));
    }
    return this.#listed;
  }

  /** Each match moved to its story's listed position, each story once, scored as its best-scoring version. */
  fold(matches: Matches): Matches {
    const at = this.listedAt;
    if (!at) return matches;
    if (scratchHas.length < at.length)
      [scratchHas, scratchScores] = [new Uint8Array(at.length), new Float64Array(at.length)];
    const [has, scores] = [scratchHas, scratchScores];
    for (let i = 0; i < matches.positions.length; i++) {
      const listed = at[matches.positions[i]!]!;
      const score = matches.scores[i]!;
      if (!has[listed] || score > scores[listed]!) scores[listed] = score;
      has[listed] = 1;
    }
    const folded = fromDense(scores.subarray(0, at.length), has.subarray(0, at.length));
    // Cleared where set, for the next query.
    for (let i = 0; i < matches.positions.length; i++) {
      const listed = at[matches.positions[i]!]!;
      has[listed] = 0;
      scores[listed] = 0;
    }
    return folded;
  }
}
