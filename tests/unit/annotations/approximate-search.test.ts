// The bounded approximate search re-anchoring uses (audit finding 7): the same matches
// approx-string-match reports, starts found only for a few of them, and a step budget.
import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { approximateSearch, fewestErrors } from '../../../src-main/core/annotations/approximate-search';

const unbounded = () => ({ steps: Infinity });

describe('approximateSearch', () => {
  it('reports the matches approx-string-match reports, when not asked for fewer', () => {
    /** Numerical Recipes' LCG, so every run draws the same cases. */
    let state = 7;
    const random = (n: number): number => (state = (state * 1664525 + 1013904223) % 2 ** 32) % n;
    const draw = (letters: string, n: number): string =>
      Array.from({ length: n }, () => letters[random(letters.length)]).join('');
    for (let i = 0; i < 500; i++) {
      const letters = ['ab', 'abc d', 'aé😀ж b', 'abcdefghijklmnopqrstuvwxyz'][i % 4]!;
      const text = draw(letters, random(200));
      const pattern = draw(letters, 1 + random(i % 10 === 0 ? 100 : 40));
      const maxErrors = random(pattern.length + 1);
      expect(approximateSearch(text, pattern, maxErrors, { near: 0, limit: Infinity, budget: unbounded() })).toEqual(
        search(text, pattern, maxErrors),
      );
    }
  });

  it('finds starts only for the ends nearest where the match is expected', () => {
    const text = 'x'.repeat(1_000);
    const found = approximateSearch(text, `${'x'.repeat(19)}y`, 5, { near: 500, limit: 3, budget: unbounded() });
    expect(found!.map((m) => m.end)).toEqual([499, 500, 501]);
  });

  it('gives up with null when the budget runs out', () => {
    const budget = { steps: 5_000 };
    expect(approximateSearch('x'.repeat(10_000), 'xxxxy', 1, { near: 0, limit: 8, budget })).toBeNull();
  });
});

describe('fewestErrors', () => {
  it('counts the edits between a context and the text found beside a match', () => {
    expect(fewestErrors('the aid convoy', 'the aid convoy', 14, unbounded())).toBe(0);
    expect(fewestErrors('the aid convoys', 'the aid convoy', 14, unbounded())).toBe(0);
    expect(fewestErrors('a kid convoy', 'the aid convoy', 14, unbounded())).toBe(4);
  });
});
