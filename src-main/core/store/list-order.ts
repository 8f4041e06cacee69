// The list orders: newest or oldest first (headline order within a day, undated last), or
// by headline. The catalogue's archive:list and search's hit order both come from here,
// so the two lists agree.
import type { ListSort } from '../../contract/archive';

/** What an order reads of an article. */
export interface Orderable {
  readonly title: string;
  readonly date: string | null;
}

/**
 * The indexes of `items` in `sort` order; items that compare equal keep their order in
 * `items`. Sorting 100,000 articles with a comparator over their dates and titles took
 * 80 ms at startup; here they are bucketed by date (an ISO date compares as a string and
 * there are a few thousand of them) and only each day's articles are compared by headline.
 */
export function listOrder(items: readonly Orderable[], sort: ListSort): Int32Array {
  if (sort === 'title') return Int32Array.from(byTitle(items, [...items.keys()]));
  const buckets = new Map<string | null, number[]>();
  items.forEach((item, i) => {
    const bucket = buckets.get(item.date);
    if (bucket) bucket.push(i);
    else buckets.set(item.date, [i]);
  });
  const dates = [...buckets.keys()].filter((d): d is string => d !== null).sort();
  if (sort === 'date-desc') dates.reverse();
  const order = new Int32Array(items.length);
  let at = 0;
  // Undated articles come last in both date orders: they are the least useful at the top.
  for (const date of [...dates, null]) {
    const bucket = buckets.get(date);
    if (!bucket) continue;
    order.set(bucket.length > 1 ? byTitle(items, bucket) : bucket, at);
    at += bucket.length;
  }
  return order;
}

/** `indexes` sorted by their items' titles; Array's sort is stable, so equal titles keep their order. */
function byTitle(items: readonly Orderable[], indexes: number[]): number[] {
  // localeCompare rather than an Intl.Collator's compare: V8 has a fast path for it that took a third less time here.
  return indexes.sort((a, b) => items[a]!.title.localeCompare(items[b]!.title));
}
