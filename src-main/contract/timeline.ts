// The results timeline (issue 19): the day counts a search sends, and the pure bucketing
// both the renderer's chart and the dossier cover draw from. It lives in the contract
// because the renderer may import only the contract (eslint.config.js), as it does
// userdata.ts's tag rules; it imports date-fns and nothing of the app.
import { addDays, addMonths, addWeeks, differenceInCalendarDays, format, startOfMonth, startOfWeek } from 'date-fns';

/**
 * How many of the current results fall on each day, and how many have no date. Dense
 * from the first day with results to the last, one number a day (0 for a day with none):
 * 23 years of dispatches are 8,334 numbers, ~25 KB, where a `{day, count}` object a day
 * came to 266 KB for every search.
 */
export interface Timeline {
  /** The first day with results, `YYYY-MM-DD`; null when none has a date. */
  start: string | null;
  /** `counts[i]` results on the i-th day from `start`; the last entry is the last day with results. */
  counts: number[];
  undated: number;
}

export const NO_TIMELINE: Timeline = { start: null, counts: [], undated: 0 };

/** The brushed range a search may carry beside the query: `2016-07-01..2016-07-31`, both days included. */
export const DATE_RANGE = /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/;

export interface DayRange {
  from: string;
  to: string;
}

export function formatDayRange(range: DayRange): string {
  return `${range.from}..${range.to}`;
}

/** The range a filter names; null for one that is not `YYYY-MM-DD..YYYY-MM-DD` (checked further in main). */
export function parseDayRange(text: string | undefined): DayRange | null {
  if (!text || !DATE_RANGE.test(text)) return null;
  const [from, to] = text.split('..') as [string, string];
  return from <= to ? { from, to } : null;
}

export type TimelineUnit = 'day' | 'week' | 'month';

export interface TimelineBucket {
  /** First and last calendar day the bucket covers. */
  from: string;
  to: string;
  count: number;
}

export interface TimelineBuckets {
  unit: TimelineUnit;
  /** Every bucket from the first dated result's to the last's, empty ones included, oldest first. */
  buckets: TimelineBucket[];
  undated: number;
}

/** Up to 90 days a bar per day, up to two years a bar per week, beyond that a bar per month: 13 to ~100 bars. */
export function unitForSpan(first: string, last: string): TimelineUnit {
  return unitForDays(differenceInCalendarDays(localDay(last), localDay(first)));
}

function unitForDays(span: number): TimelineUnit {
  if (span <= 90) return 'day';
  return span <= 731 ? 'week' : 'month';
}

// Days are read and written as local calendar dates (`yyyy-MM-dd` at local midnight),
// never through UTC, so an article stays on the day it states in every time zone.
function localDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

const DAY = 'yyyy-MM-dd';

const UNIT_STEP: Record<TimelineUnit, { start: (d: Date) => Date; next: (d: Date, n: number) => Date }> = {
  day: { start: (d) => d, next: addDays },
  // ISO weeks, Monday first, as the agencies' weekly reports run.
  week: { start: (d) => startOfWeek(d, { weekStartsOn: 1 }), next: addWeeks },
  month: { start: startOfMonth, next: addMonths },
};

/** The day counts as histogram buckets; `unit` chosen by the span unless given. */
export function bucketTimeline(timeline: Timeline, unit?: TimelineUnit): TimelineBuckets {
  const { start, counts, undated } = timeline;
  if (start === null || counts.length === 0) return { unit: unit ?? 'day', buckets: [], undated };
  const chosen = unit ?? unitForDays(counts.length - 1);
  const step = UNIT_STEP[chosen];
  const first = localDay(start);
  const buckets: TimelineBucket[] = [];
  let from = step.start(first);
  let i = 0;
  while (i < counts.length) {
    const next = step.next(from, 1);
    const end = Math.min(counts.length, differenceInCalendarDays(next, first));
    let count = 0;
    for (; i < end; i++) count += counts[i]!;
    buckets.push({ from: format(from, DAY), to: format(addDays(next, -1), DAY), count });
    from = next;
  }
  return { unit: chosen, buckets, undated };
}

/** Day counts of a list of dates (null for undated), as a search would send them: for the dossier cover. */
export function timelineOf(dates: readonly (string | null)[]): Timeline {
  const dated = dates.filter((d): d is string => d !== null).sort();
  const start = dated[0] ?? null;
  if (start === null) return { start, counts: [], undated: dates.length };
  const first = localDay(start);
  const counts = new Array<number>(differenceInCalendarDays(localDay(dated.at(-1)!), first) + 1).fill(0);
  for (const day of dated) counts[differenceInCalendarDays(localDay(day), first)]!++;
  return { start, counts, undated: dates.length - dated.length };
}

/** The bucket holding `day`, or -1 when it is outside them all. */
export function bucketIndexOf(buckets: readonly TimelineBucket[], day: string): number {
  return buckets.findIndex((b) => b.from <= day && day <= b.to);
}

/** One bar's place in a chart `width` × `height`: the same geometry on screen and on the PDF cover. */
export interface TimelineBar {
  x: number;
  width: number;
  y: number;
  height: number;
}

export function timelineBars(buckets: readonly TimelineBucket[], width: number, height: number): TimelineBar[] {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const slot = buckets.length ? width / buckets.length : width;
  // A gap between bars while they are wide enough to show one.
  const gap = slot >= 4 ? Math.min(2, slot * 0.2) : 0;
  return buckets.map((b, i) => {
    // A bucket with any results stays at least a pixel tall, so one article among thousands still shows.
    const h = b.count === 0 ? 0 : Math.max(1, (b.count / max) * height);
    return { x: i * slot + gap / 2, width: Math.max(0.5, slot - gap), y: height - h, height: h };
  });
}
