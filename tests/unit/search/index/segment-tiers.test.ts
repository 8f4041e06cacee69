import { describe, expect, it } from 'vitest';
import { SearchIndex, type IndexDoc } from '../../../../src-main/core/search/index/search-index';
import { TIER_WIDTH, tailToMerge, tierOf } from '../../../../src-main/core/search/index/segment-tiers';
import { phraseIds } from '../small-archive';

const WORDS = ['oil', 'gas', 'fell', 'rose', 'army', 'port', 'wheat', 'talks'];

/** A deterministic body of six words for article i. */
const body = (i: number): string =>
  Array.from({ length: 6 }, (_, k) => WORDS[(i * 7 + k * k * 3 + (i >> 2)) % 8]).join(' ');
const doc = (i: number): IndexDoc => ({ id: `a${i}`, title: '', body: [body(i)], place: '', agency: '' });

/** `n` articles put with a seal every `sealDocs`, every fifth removed afterwards. */
function built(n: number, sealDocs: number): SearchIndex {
  const index = SearchIndex.create();
  index.sealDocs = sealDocs;
  // put() seals only for an owner that takes the sealed segments, as index-file.ts does.
  index.onSealed = () => undefined;
  for (let i = 0; i < n; i++) index.put(doc(i), 'v');
  for (let i = 0; i < n; i += 5) index.remove(`a${i}`);
  return index;
}

const sortedIds = (hits: Map<string, number>): string[] => [...hits.keys()].sort();

describe('segment tiers', () => {
  it('gives a tier by size, each TIER_WIDTH times the last', () => {
    expect([1, 10, 11, 10 * TIER_WIDTH, 10 * TIER_WIDTH + 1].map((c) => tierOf(c, 10))).toEqual([0, 0, 1, 1, 2]);
  });

  it('merges only once a tier has TIER_WIDTH segments at the end, and only those', () => {
    const small = Array<number>(TIER_WIDTH - 1).fill(10);
    expect(tailToMerge(small, 10)).toBe(0);
    expect(tailToMerge([...small, 10], 10)).toBe(TIER_WIDTH);
    expect(tailToMerge([160, 160, ...small, 7], 10)).toBe(TIER_WIDTH);
    expect(tailToMerge([2560, ...Array<number>(TIER_WIDTH - 1).fill(160), 155], 10)).toBe(TIER_WIDTH);
    expect(tailToMerge([], 10)).toBe(0);
  });

  it('keeps few segments and every answer the same as one segment of everything', () => {
    const n = 2 * TIER_WIDTH * TIER_WIDTH * 2 + 37;
    const tiered = built(n, 2);
    const whole = built(n, 1e9);
    whole.match(['seal']);
    expect(whole.segments).toHaveLength(1);
    // 1,061 articles in segments of 2: without merges 531 segments, in tiers a handful.
    expect(tiered.segments.length).toBeLessThan(3 * TIER_WIDTH);
    expect(tiered.segments.some((s) => s.count > 2 * TIER_WIDTH)).toBe(true);
    for (const word of WORDS) expect(sortedIds(tiered.match([word]))).toEqual(sortedIds(whole.match([word])));
    const ids = Array.from({ length: n }, (_, i) => `a${i}`);
    expect(phraseIds(tiered, ['oil', 'gas'], ['body'], ids)).toEqual(phraseIds(whole, ['oil', 'gas'], ['body'], ids));
    expect(tiered.match(['oil']).get('a0')).toBeUndefined();
  });

  it('keeps consecutive article numbers across the merged segments', () => {
    const index = built(TIER_WIDTH * 2 * 3, 2);
    const segments = index.segments;
    expect(segments.length).toBeGreaterThan(2);
    segments.forEach((s, i) => {
      if (i > 0) expect(s.base).toBe(segments[i - 1]!.base + segments[i - 1]!.count);
    });
  });
});
