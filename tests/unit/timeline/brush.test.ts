import { describe, expect, it } from 'vitest';
import { bucketTimeline, timelineOf } from '../../../src-main/contract/timeline';
import { bucketAt, brushRange, keyedBucket, litBuckets } from '../../../src-renderer/src/lib/timeline-brush';
import { parseHash, serialiseHash } from '../../../src-renderer/src/lib/url-state';

// Ten weeks, from Monday 4 January 2016.
const weeks = bucketTimeline(timelineOf(['2016-01-04', '2016-01-04', '2016-01-04', '2016-03-13']), 'week').buckets;

describe('brushing the timeline', () => {
  it('finds the bar under the pointer, and the nearest end bar outside the chart', () => {
    expect(weeks).toHaveLength(10);
    expect(bucketAt(0, 500, 10)).toBe(0);
    expect(bucketAt(149, 500, 10)).toBe(2);
    expect(bucketAt(150, 500, 10)).toBe(3);
    expect(bucketAt(-20, 500, 10)).toBe(0);
    expect(bucketAt(900, 500, 10)).toBe(9);
    expect(bucketAt(10, 500, 0)).toBe(-1);
  });

  it('turns a drag over bars into the days from the first bar’s start to the last bar’s end, either way', () => {
    expect(brushRange(weeks, 2, 4)).toEqual({ from: '2016-01-18', to: '2016-02-07' });
    expect(brushRange(weeks, 4, 2)).toEqual({ from: '2016-01-18', to: '2016-02-07' });
    expect(brushRange(weeks, 0, 0)).toEqual({ from: '2016-01-04', to: '2016-01-10' });
    expect(brushRange([], 0, 0)).toBeNull();
  });

  it('lights the bars a range touches, a bar it only half covers too', () => {
    expect(litBuckets(weeks, { from: '2016-01-20', to: '2016-02-01' })).toEqual([2, 4]);
    expect(litBuckets(weeks, { from: '2015-01-01', to: '2015-12-31' })).toBeNull();
    expect(litBuckets(weeks, null)).toBeNull();
  });

  it('moves the keyboard’s bar by arrows, pages and ends, never past either end', () => {
    expect(keyedBucket('ArrowRight', 3, 10)).toBe(4);
    expect(keyedBucket('ArrowLeft', 0, 10)).toBe(0);
    expect(keyedBucket('End', 3, 10)).toBe(9);
    expect(keyedBucket('PageDown', 9, 10)).toBe(9);
    expect(keyedBucket('x', 3, 10)).toBeNull();
  });
});

describe('the brushed range in the URL', () => {
  it('is written beside the other filters and read back the same', () => {
    const state = {
      query: 'gas',
      filters: { agency: ['SANA'], date: '2016-01-18..2016-02-07' },
      sort: null,
      article: null,
    };
    const hash = serialiseHash(state);
    expect(hash).toBe('q=gas&agency=SANA&date=2016-01-18..2016-02-07');
    expect(parseHash(`#${hash}`)).toEqual(state);
  });

  it('drops a range that is malformed or ends before it starts', () => {
    expect(parseHash('#date=2016-02-07..2016-01-18').filters).toEqual({});
    expect(parseHash('#date=yesterday').filters).toEqual({});
  });
});
