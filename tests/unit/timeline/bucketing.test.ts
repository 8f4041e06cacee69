import { afterEach, describe, expect, it } from 'vitest';
import {
  bucketIndexOf,
  bucketTimeline,
  parseDayRange,
  timelineBars,
  timelineOf,
  unitForSpan,
} from '../../../src-main/contract/timeline';

/** A timeline of `count` results on each `day`, built as the dossier cover builds one. */
const days = (...pairs: [string, number][]) =>
  timelineOf(pairs.flatMap(([day, count]) => Array.from({ length: count }, () => day)));

describe('the unit a span is drawn in', () => {
  it('is the day up to 90 days, the week up to two years, the month beyond', () => {
    expect(unitForSpan('2016-01-01', '2016-03-31')).toBe('day'); // 90 days apart
    expect(unitForSpan('2016-01-01', '2016-04-01')).toBe('week');
    expect(unitForSpan('2016-01-01', '2017-12-31')).toBe('week');
    expect(unitForSpan('2016-01-01', '2018-01-02')).toBe('month');
  });
});

describe('bucketTimeline', () => {
  it('gives every day of a short span a bucket, empty days included', () => {
    const { unit, buckets } = bucketTimeline(days(['2016-07-30', 2], ['2016-08-02', 1]));
    expect(unit).toBe('day');
    expect(buckets.map((b) => [b.from, b.count])).toEqual([
      ['2016-07-30', 2],
      ['2016-07-31', 0],
      ['2016-08-01', 0],
      ['2016-08-02', 1],
    ]);
  });

  it('sums days into ISO weeks starting on Monday', () => {
    const { unit, buckets } = bucketTimeline(days(['2016-01-03', 1], ['2016-01-04', 2], ['2016-06-01', 5]));
    expect(unit).toBe('week');
    // 3 January 2016 is a Sunday: its week began on Monday 28 December 2015.
    expect(buckets[0]).toEqual({ from: '2015-12-28', to: '2016-01-03', count: 1 });
    expect(buckets[1]).toEqual({ from: '2016-01-04', to: '2016-01-10', count: 2 });
    expect(buckets.at(-1)).toEqual({ from: '2016-05-30', to: '2016-06-05', count: 5 });
    expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(8);
  });

  it('sums days into calendar months over a long span', () => {
    const { unit, buckets } = bucketTimeline(days(['2014-01-31', 1], ['2014-02-28', 3], ['2016-12-01', 1]));
    expect(unit).toBe('month');
    expect(buckets).toHaveLength(36);
    expect(buckets[1]).toEqual({ from: '2014-02-01', to: '2014-02-28', count: 3 });
    expect(buckets.at(-1)).toEqual({ from: '2016-12-01', to: '2016-12-31', count: 1 });
  });

  it('keeps the undated count apart and draws no bucket for it', () => {
    const { buckets, undated } = bucketTimeline(timelineOf([null, null, null, null]));
    expect(buckets).toEqual([]);
    expect(undated).toBe(4);
  });
});

describe('bucketing in any time zone', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  // Each article stays on the calendar day it states: UTC+13 and UTC−10 must not move
  // 1 January back into December, nor a Sunday into the next week.
  for (const tz of ['Pacific/Kiritimati', 'Pacific/Honolulu', 'Europe/Moscow', 'America/Sao_Paulo']) {
    it(`puts each day in its own bucket in ${tz}`, () => {
      process.env.TZ = tz;
      const month = bucketTimeline(days(['2015-01-01', 1], ['2016-12-31', 2]), 'month');
      expect(month.buckets[0]).toEqual({ from: '2015-01-01', to: '2015-01-31', count: 1 });
      expect(month.buckets.at(-1)).toEqual({ from: '2016-12-01', to: '2016-12-31', count: 2 });
      const week = bucketTimeline(days(['2016-01-03', 1], ['2016-01-04', 1]), 'week');
      expect(week.buckets.map((b) => b.count)).toEqual([1, 1]);
      // Across a daylight-saving change (Brazil's was in October, Moscow's until 2011).
      const dst = bucketTimeline(days(['2017-10-14', 1], ['2017-10-16', 1]), 'day');
      expect(dst.buckets.map((b) => b.from)).toEqual(['2017-10-14', '2017-10-15', '2017-10-16']);
    });
  }
});

describe('timeline helpers', () => {
  it('counts a list of dates by day, a number a day from the first, undated apart', () => {
    expect(timelineOf(['2016-07-04', null, '2016-07-01', '2016-07-04'])).toEqual({
      start: '2016-07-01',
      counts: [1, 0, 0, 2],
      undated: 1,
    });
  });

  it('finds the bucket a day falls in', () => {
    const { buckets } = bucketTimeline(days(['2016-01-04', 1], ['2016-06-01', 1]));
    expect(bucketIndexOf(buckets, '2016-01-10')).toBe(0);
    expect(bucketIndexOf(buckets, '2016-01-11')).toBe(1);
    expect(bucketIndexOf(buckets, '2015-01-01')).toBe(-1);
  });

  it('reads a brushed range and refuses a reversed or malformed one', () => {
    expect(parseDayRange('2016-07-01..2016-07-31')).toEqual({ from: '2016-07-01', to: '2016-07-31' });
    expect(parseDayRange('2016-07-31..2016-07-01')).toBeNull();
    expect(parseDayRange('2016-07..2016-08')).toBeNull();
  });

  it('scales bars to the tallest bucket and keeps a lone article visible', () => {
    const bars = timelineBars(
      [
        { from: 'a', to: 'a', count: 1000 },
        { from: 'b', to: 'b', count: 1 },
        { from: 'c', to: 'c', count: 0 },
      ],
      300,
      100,
    );
    expect(bars[0]).toMatchObject({ y: 0, height: 100 });
    expect(bars[1]!.height).toBe(1);
    expect(bars[2]!.height).toBe(0);
    expect(bars[2]!.x).toBeCloseTo(201);
  });
});
