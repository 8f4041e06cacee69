// The timeline's words: each bar's period and the chart's one-line summary, in the UI
// language, for bar tooltips, the screen-reader table and the chart's aria-label.
import type { TimelineBucket, TimelineBuckets, TimelineUnit } from '../../../src-main/contract/timeline';
import { formatDate, monthName, t } from '../i18n';

/** `15 July 2016`; a week as its first and last day; `July 2016`. */
export function periodLabel(bucket: TimelineBucket, unit: TimelineUnit): string {
  if (unit === 'day') return formatDate(bucket.from);
  if (unit === 'month') return `${monthName(bucket.from.slice(0, 7))} ${bucket.from.slice(0, 4)}`;
  return `${formatDate(bucket.from)} – ${formatDate(bucket.to)}`;
}

export function bucketTitle(bucket: TimelineBucket, unit: TimelineUnit): string {
  return t('timelineBucket', { period: periodLabel(bucket, unit), n: bucket.count });
}

/** "Results by week, 4 January 2016 to 13 March 2016: 40 dated, 2 undated". */
export function timelineSummary({ unit, buckets, undated }: TimelineBuckets): string {
  const first = buckets[0];
  const last = buckets.at(-1);
  if (!first || !last) return t('timelineUndated', { n: undated });
  return t('timelineSummary', {
    by: t(`timelineBy.${unit}`),
    from: formatDate(first.from),
    to: formatDate(last.to),
    dated: buckets.reduce((n, b) => n + b.count, 0),
    undated,
  });
}
