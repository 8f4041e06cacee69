// The timeline's brushing, pure: which bar a pointer is over, the days a brushed run of
// bars covers (the `date` filter it sets), and which bars a range lights up. The chart
// (TimelineChart.svelte) only turns pointer and key events into these calls.
import type { DayRange, TimelineBucket } from '../../../src-main/contract/timeline';

/** The bar under `x` in a chart `width` wide with `count` bars; x outside the chart gives the nearest end bar. */
export function bucketAt(x: number, width: number, count: number): number {
  if (count === 0 || width <= 0) return -1;
  return Math.max(0, Math.min(count - 1, Math.floor((x / width) * count)));
}

/** The days from the first day of the earlier bar to the last day of the later, whichever way the drag went. */
export function brushRange(buckets: readonly TimelineBucket[], a: number, b: number): DayRange | null {
  const first = buckets[Math.min(a, b)];
  const last = buckets[Math.max(a, b)];
  return first && last ? { from: first.from, to: last.to } : null;
}

/**
 * The bars a range touches, as [first, last] indices; null when it touches none (a range
 * from an old link may lie outside the results). A bar half in the range is lit: the week
 * of a range that starts on a Wednesday still holds some of its results.
 */
export function litBuckets(buckets: readonly TimelineBucket[], range: DayRange | null): [number, number] | null {
  if (!range) return null;
  let first = -1;
  let last = -1;
  buckets.forEach((b, i) => {
    if (b.to < range.from || b.from > range.to) return;
    if (first < 0) first = i;
    last = i;
  });
  return first < 0 ? null : [first, last];
}

/** Where a key moves the keyboard's bar, or null for a key the chart leaves alone. */
export function keyedBucket(key: string, at: number, count: number): number | null {
  const page = Math.max(1, Math.round(count / 10));
  const moves: Record<string, number> = {
    ArrowLeft: at - 1,
    ArrowRight: at + 1,
    PageUp: at - page,
    PageDown: at + page,
    Home: 0,
    End: count - 1,
  };
  const to = moves[key];
  return to === undefined || count === 0 ? null : Math.max(0, Math.min(count - 1, to));
}
