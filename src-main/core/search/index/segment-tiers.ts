// Which segments to merge after a seal. The index used to merge every segment into one
// whenever there were more than 16: at a million articles an import rewrote the whole index
// every 160,000 articles (3.4 million articles' postings in all) and the last of those merges
// held the main thread for 204 s (`npm run bench -- /tmp/bc1m`, load 12; bench/RESULTS-1M.md).
// Segments are merged in tiers instead, as log-structured stores do: once TIER_WIDTH segments
// of one tier sit at the end, they become one segment of the next tier. Older segments are
// never of a lower tier, so one tier's segments are always the newest, consecutive in article
// numbers, and merging them keeps every article's number. At 100k an import's ten sealed
// segments are never merged, as before; at a million about twenty segments remain.
import type { Segment } from './segment';
import { mergeSegments } from './segment-build';

export const TIER_WIDTH = 16;

/** 0 for a segment of at most `sealDocs` article numbers, 1 up to TIER_WIDTH times that, and so on. */
export function tierOf(count: number, sealDocs: number): number {
  let tier = 0;
  for (let size = Math.max(1, sealDocs); count > size; size *= TIER_WIDTH) tier++;
  return tier;
}

/** How many of the newest segments to merge into one now: 0 when fewer than TIER_WIDTH of the newest one's tier end the list. */
export function tailToMerge(counts: readonly number[], sealDocs: number): number {
  if (counts.length === 0) return 0;
  const tier = tierOf(counts[counts.length - 1]!, sealDocs);
  let n = 0;
  while (n < counts.length && tierOf(counts[counts.length - 1 - n]!, sealDocs) === tier) n++;
  return n >= TIER_WIDTH ? n : 0;
}

/**
 * The newest `n` segments merged into one with the same article numbers; removed articles'
 * postings are dropped (`live` 0), their numbers stay, unused, until a full merge.
 */
export function mergeTail(segments: readonly Segment[], n: number, live: Uint8Array): Segment {
  const tail = segments.slice(-n);
  const base = tail[0]!.base;
  const last = tail[tail.length - 1]!;
  const end = last.base + last.count;
  const remap = new Int32Array(end).fill(-1);
  for (let doc = base; doc < end; doc++) if (live[doc]) remap[doc] = doc;
  return mergeSegments(tail, remap, base, end - base);
}

/** Merges the newest segments in place while a tier is full (a merge can fill the next); true if any were. */
export function mergeTiers(segments: Segment[], sealDocs: number, live: Uint8Array): boolean {
  const toMerge = (): number =>
    tailToMerge(
      Array.from(segments, (s) => s.count),
      sealDocs,
    );
  let merged = false;
  for (let n = toMerge(); n > 0; n = toMerge()) {
    segments.splice(-n, n, mergeTail(segments, n, live));
    merged = true;
  }
  return merged;
}
