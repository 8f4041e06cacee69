import { describe, expect, it } from 'vitest';
import { smallestFirst } from '../../../src-main/core/search/sort-hits';

/** `n` distinct keys in a shuffled order, fixed by `seed`. */
function shuffled(n: number, seed: number): Float64Array {
  const keys = Float64Array.from({ length: n }, (_, i) => i * 3 + 0.5);
  let s = seed;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }
  return keys;
}

describe('smallestFirst', () => {
  it('puts exactly the k smallest keys at the front, for every k and many orders', () => {
    for (const n of [1, 2, 7, 100, 1000])
      for (const seed of [1, 2, 3])
        for (const k of [1, 2, Math.ceil(n / 3), n - 1, n].filter((k) => k >= 1)) {
          const keys = shuffled(n, seed);
          const expected = [...keys].sort((a, b) => a - b).slice(0, k);
          expect(
            [...smallestFirst(keys, k)].sort((a, b) => a - b),
            `n=${n} k=${k} seed=${seed}`,
          ).toEqual(expected);
        }
  });

  it('handles keys already in order and in reverse order', () => {
    const up = Float64Array.from({ length: 500 }, (_, i) => i);
    expect([...smallestFirst(up.slice(), 50)].sort((a, b) => a - b)).toEqual([...up.slice(0, 50)]);
    const down = up.slice().reverse();
    expect([...smallestFirst(down, 50)].sort((a, b) => a - b)).toEqual([...up.slice(0, 50)]);
  });
});
