// The results timeline's counting (issue 19): every article's date interned once, when
// the facet table is built, as whole days since 1970-01-01 in an Int32Array, so counting
// the results by day is one array read and one increment per hit, and a brushed range is
// two integer comparisons; no string is touched per row.
import { parseDayRange, type Timeline } from '../../contract/timeline';
import type { ArticleRow } from './compile-query';

/** The day number of an article with no date. */
const UNDATED_DAY = -0x80000000;
const MS_PER_DAY = 86_400_000;

/** Whole days since 1970-01-01 of a `YYYY-MM-DD` calendar date; null for anything else (`2016-02-30` too). */
export function dayNumber(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // UTC arithmetic on the stated day, so no time zone moves it; the round trip refuses days the month lacks.
  const ms = Date.UTC(y, m - 1, d);
  return new Date(ms).toISOString().startsWith(iso) ? ms / MS_PER_DAY : null;
}

export function dayText(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Inclusive day numbers of a brushed range. */
export interface DayNumbers {
  from: number;
  to: number;
}

/** The range a `date` filter names; null without one; 'invalid' for one that names no real days. */
export function dayNumbers(filter: string | undefined): DayNumbers | null | 'invalid' {
  if (filter === undefined) return null;
  const range = parseDayRange(filter);
  const from = range && dayNumber(range.from);
  const to = range && dayNumber(range.to);
  return from === null || to === null ? 'invalid' : { from, to };
}

/** Per table position, the article's day; counts over it by day. */
export class DayColumn {
  readonly #days: Int32Array;
  readonly #first: number;
  readonly #span: number;

  constructor(rows: readonly ArticleRow[]) {
    this.#days = new Int32Array(rows.length);
    // Distinct dates number in the thousands, rows in the hundred thousands: each date is read once.
    const seen = new Map<string, number>();
    let first = Infinity;
    let last = -Infinity;
    rows.forEach((row, r) => {
      let day = row.date === null ? UNDATED_DAY : seen.get(row.date);
      if (day === undefined) {
        // A stored date is ISO by contract (contract/records.ts); one that is not counts as undated rather than vanishing.
        day = dayNumber(row.date!) ?? UNDATED_DAY;
        seen.set(row.date!, day);
      }
      this.#days[r] = day;
      if (day !== UNDATED_DAY) [first, last] = [Math.min(first, day), Math.max(last, day)];
    });
    this.#first = Number.isFinite(first) ? first : 0;
    this.#span = Number.isFinite(first) ? last - first + 1 : 0;
  }

  /** Counters for one pass: one per day of the archive's span, the last one for the undated. */
  counters(): Int32Array {
    return new Int32Array(this.#span + 1);
  }

  count(r: number, counters: Int32Array): void {
    const day = this.#days[r]!;
    counters[day === UNDATED_DAY ? this.#span : day - this.#first]!++;
  }

  /** Whether the article at `r` falls in the range; an undated one never does, as with `date:`. */
  within(r: number, range: DayNumbers): boolean {
    const day = this.#days[r]!;
    return day !== UNDATED_DAY && day >= range.from && day <= range.to;
  }

  timeline(counters: Int32Array): Timeline {
    let first = 0;
    let last = this.#span - 1;
    while (first <= last && counters[first] === 0) first++;
    while (last >= first && counters[last] === 0) last--;
    const undated = counters[this.#span]!;
    if (first > last) return { start: null, counts: [], undated };
    return { start: dayText(this.#first + first), counts: Array.from(counters.subarray(first, last + 1)), undated };
  }
}
