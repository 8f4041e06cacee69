import { describe, expect, it } from 'vitest';
import { StoryFold } from '../../../src-main/core/search/story-fold';
import type { Matches } from '../../../src-main/core/search/index/matches';

const matches = (pairs: [number, number][]): Matches => ({
  positions: Int32Array.from(pairs, (p) => p[0]),
  scores: Float64Array.from(pairs, (p) => p[1]),
});
const plain = (m: Matches | null) => m && { positions: [...m.positions], scores: [...m.scores] };

// Positions 0 and 2 are older versions of the story listed at 3; 1 and 4 stand alone.
const fold = new StoryFold(Int32Array.from([3, 1, 3, 3, 4]));

describe('StoryFold', () => {
  it('moves a match in an older version to its story’s listed version', () => {
    expect(plain(fold.fold(matches([[0, 2]])))).toEqual({ positions: [3], scores: [2] });
  });

  it('gives a story several versions of which match once, with its best version’s score', () => {
    expect(
      plain(
        fold.fold(
          matches([
            [0, 1],
            [1, 5],
            [2, 4],
            [3, 3],
          ]),
        ),
      ),
    ).toEqual({ positions: [1, 3], scores: [5, 4] });
  });

  it('keeps nothing of one fold in the next, of this archive or a larger one', () => {
    expect(plain(fold.fold(matches([[4, 9]])))).toEqual({ positions: [4], scores: [9] });
    expect(plain(fold.fold(matches([[2, 1]])))).toEqual({ positions: [3], scores: [1] });
    const larger = new StoryFold(Int32Array.from([0, 1, 2, 3, 4, 5, 6, 6]));
    expect(plain(larger.fold(matches([[7, 2]])))).toEqual({ positions: [6], scores: [2] });
    expect(plain(fold.fold(matches([[1, 0]])))).toEqual({ positions: [1], scores: [0] });
  });

  it('lists only the positions lists show, for an empty query', () => {
    expect(plain(fold.listed)).toEqual({ positions: [1, 3, 4], scores: [0, 0, 0] });
    expect(fold.mask && [...fold.mask]).toEqual([0, 1, 0, 1, 1]);
  });

  it('leaves matches as they are when no article is superseded', () => {
    const none = new StoryFold(null);
    const m = matches([[0, 1]]);
    expect(none.fold(m)).toBe(m);
    expect(none.listed).toBeNull();
    expect(none.mask).toBeNull();
  });
});
