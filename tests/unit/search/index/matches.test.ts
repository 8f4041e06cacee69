import { describe, expect, it } from 'vitest';
import { fromDense, fromScattered } from '../../../../src-main/core/search/index/matches';

/** `n` distinct positions below `size` in a shuffled order, each with a score, from a seed. */
function scattered(seed: number, n: number, size: number): { positions: Int32Array; scores: Float64Array } {
  let x = seed;
  const next = (): number => (x = (x * 1103515245 + 12345) % 2 ** 31);
  const all = Array.from({ length: size }, (_, p) => p);
  for (let i = size - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  const positions = Int32Array.from(all.slice(0, n));
  return { positions, scores: Float64Array.from(positions, (p) => (p % 7) + next() / 2 ** 31) };
}

function dense(positions: Int32Array, scores: Float64Array, size: number) {
  const values = new Float64Array(size);
  const has = new Uint8Array(size);
  positions.forEach((p, i) => ((values[p] = scores[i]!), (has[p] = 1)));
  return fromDense(values, has);
}

describe('fromScattered', () => {
  it('sorts a few positions, or many, with their own scores, as fromDense does', () => {
    for (const [seed, n] of [
      [1, 0],
      [2, 3],
      [3, 40],
      [4, 300],
      [5, 1000],
    ] as const) {
      const { positions, scores } = scattered(seed, n, 1000);
      expect(fromScattered(positions, scores, 1000)).toEqual(dense(positions, scores, 1000));
    }
  });

  it('leaves nothing behind for the next call', () => {
    const first = scattered(6, 900, 1000);
    fromScattered(first.positions, first.scores, 1000);
    const second = scattered(7, 5, 1000);
    const again = fromScattered(second.positions, second.scores, 1000);
    expect(again).toEqual(dense(second.positions, second.scores, 1000));
    expect(again.positions.length).toBe(5);
  });
});
