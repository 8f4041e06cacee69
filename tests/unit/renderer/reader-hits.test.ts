import { describe, expect, it } from 'vitest';
import { layoutHits, stepHit } from '../../../src-renderer/src/lib/reader-hits';

describe('layoutHits', () => {
  it('numbers hits in reading order: title, paragraphs, then related titles and excerpts', () => {
    const layout = layoutHits(
      {
        title: [[0, 1]],
        paragraphs: [
          [
            [0, 1],
            [2, 3],
          ],
          [],
        ],
        related: [{ title: [[0, 1]], excerpt: [[0, 1]] }],
      },
      2,
      1,
    );
    expect(layout).toEqual({ title: 0, paragraphs: [1, 3], related: [{ title: 3, excerpt: 4 }], total: 5 });
  });

  it('counts no hits without highlights', () => {
    expect(layoutHits(null, 3, 1).total).toBe(0);
  });
});

describe('stepHit', () => {
  it('wraps past either end', () => {
    expect(stepHit(2, 3, 1)).toBe(0);
    expect(stepHit(0, 3, -1)).toBe(2);
  });

  it('has no current hit when there are none', () => {
    expect(stepHit(0, 0, 1)).toBe(-1);
  });
});
