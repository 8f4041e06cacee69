// Which of the dates a page states is its publication date. The most trusted source wins
// (html-date.ts lists them in the order), but a page whose own sources contradict
// each other gets no date rather than a guess: a wrong date files the article under the wrong
// day everywhere, a missing one is seen and can be set (issue 18). Each rule below was
// measured on ../shared/webdev (npm run bench:web) before it was kept.
import type { DateOrder } from './date';
import type { DateInstant } from './date-instant';

/** Where a date was read, most trusted first; `generic` is a meta `date` that does not say which date it is. */
export type DateSource = 'ld' | 'meta' | 'time' | 'generic' | 'url' | 'visible';

export interface DateCandidate extends DateInstant {
  source: DateSource;
  /** The month-first reading of an all-numeric date that reads both ways (`date` is day-first). */
  other?: string;
}

const DAY_MS = 86_400_000;
const daysApart = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;

/** The publication date among `found` (most trusted first), or null when none holds up. */
export function choosePageDate(found: DateCandidate[], order: DateOrder | null): DateInstant | null {
  const resolved = withoutStaleGeneric(found.flatMap((c) => resolveOrder(c, found, order)));
  const url = resolved.find((c) => c.source === 'url');
  const trusted = url && daysApart(url.date, resolved[0]!.date) > 1 ? url : resolved[0];
  const first = trusted ? settle(trusted, resolved) : null;
  if (!first) return null;
  const instant: DateInstant = first.dateTime ? { date: first.date, dateTime: first.dateTime } : { date: first.date };
  return isUtc(instant)
    ? inPageOffset(
        instant,
        resolved.filter((c) => c !== first),
      )
    : instant;
}

/** An ambiguous numeric date as the reading another source confirms, else the page's order, else dropped. */
function resolveOrder(candidate: DateCandidate, all: DateCandidate[], order: DateOrder | null): DateCandidate[] {
  const { other, ...rest } = candidate;
  if (!other) return [candidate];
  const confirmed = (date: string): boolean => all.some((c) => c !== candidate && !c.other && c.date === date);
  if (confirmed(rest.date) !== confirmed(other)) return confirmed(other) ? [{ ...rest, date: other }] : [rest];
  if (order === 'dmy') return [rest];
  if (order === 'mdy') return [{ ...rest, date: other }];
  return [];
}

/**
 * A meta `date` that does not say what it dates yields to the article's own <time> when
 * they are days apart (martinruetter.com: `DCTERMS.date` six days before the
 * `itemprop=datePublished` <time>; alpin.de, umweltbundesamt.de alike); within a day it
 * stands (drk.de: the <time> is the evening before, the meta the release itself).
 */
function withoutStaleGeneric(found: DateCandidate[]): DateCandidate[] {
  const time = found.find((c) => c.source === 'time');
  if (!time || !found.some((c) => c.source === 'generic' && daysApart(c.date, time.date) > 1)) return found;
  return found.filter((c) => c.source !== 'generic');
}

/**
 * The trusted date as the rest of the page bears it out: another candidate when the page
 * says the trusted one is stale or belongs to something else, null when it cannot tell.
 */
function settle(first: DateCandidate, all: DateCandidate[]): DateCandidate | null {
  const backed = (date: string, by: (c: DateCandidate) => boolean): DateCandidate | undefined =>
    all.find((c) => c.date === date && by(c));
  // JSON-LD and the page's own published meta tag naming days apart: one of them is stale
  // (outdoor-magazin.com, utopia.de: the JSON-LD said 2 and 3 days before the article's date).
  // The meta stands when a source of another kind states its day too, else neither does.
  if (first.source === 'ld') {
    const meta = all.find((c) => c.source === 'meta' && daysApart(c.date, first.date) > 1);
    if (meta) return backed(meta.date, (c) => c.source !== 'ld' && c.source !== 'meta') ? meta : null;
  }
  if (timeContradicts(first, all)) return null;
  const day = visibleDay(all);
  if (!day || first.source === 'visible' || day === first.date) return first;
  // The date line the reader sees names one other day: it wins when a markup source states
  // that day too (nationalgeographic.co.uk, wdr.de: a meta `date` and the line agree against
  // the JSON-LD), or when the trusted date is only a meta `date`, which does not say what it
  // dates (tagesschau.de, deutscheweine.de: the line under the headline is the release).
  // A <time> does not count: its own text is often the very line read as visible.
  const markup = backed(day, (c) => c.source !== 'visible' && c.source !== 'time');
  if (markup) return markup;
  const generic = all.every((c) => c.date !== first.date || c.source === 'generic');
  if (generic) return backed(day, (c) => c.source === 'visible')!;
  // Unbacked, but two date lines of the page state that day: the markup and what the reader
  // sees contradict each other, and neither is taken (aoc.media, jagdleben.de: the line under
  // the headline and another against a meta date a day away).
  const lines = all.filter((c) => c.source === 'visible').length;
  return lines >= REPEATED_LINES ? null : first;
}

function timeContradicts(first: DateCandidate, all: DateCandidate[]): boolean {
  if (first.source !== 'meta' && first.source !== 'ld') return false;
  const times = all.filter((c) => c.source === 'time');
  if (times.length === 0 || times.some((c) => daysApart(c.date, first.date) <= 1)) return false;
  return !all.some((c) => (c.source === 'url' || c.source === 'visible') && daysApart(c.date, first.date) <= 1);
}

/** Distinct date lines naming one day this often are the page's own statement, not a stray date. */
const REPEATED_LINES = 2;

/** The one day every visible date line names, or null when they name none or several. */
function visibleDay(all: DateCandidate[]): string | null {
  const days = new Set(all.filter((c) => c.source === 'visible').map((c) => c.date));
  return days.size === 1 ? [...days][0]! : null;
}

const isUtc = (instant: DateInstant): boolean => /(?:Z|[+-]00:00)$/.test(instant.dateTime ?? '');

/**
 * Many CMSs write their meta dates in UTC, while the page (its URL, its date line, a local
 * <time>) gives the day where it was published: `2020-02-25T02:25:54Z` is the 24th in New
 * York, and the URL says `/2020/02/24/`. The calendar day must be the page's own, so a UTC
 * instant gives way to the day a less trusted source states within one day of it.
 */
function inPageOffset(utc: DateInstant, others: DateInstant[]): DateInstant {
  const instant = Date.parse(utc.dateTime!);
  // Another UTC copy of the date says nothing of the page's offset.
  const sources = others.filter((other) => !isUtc(other));
  // The same instant written with the page's offset: take it whole.
  const same = sources.find((other) => other.dateTime && Date.parse(other.dateTime) === instant);
  if (same) return { date: same.date, dateTime: same.dateTime! };
  // Any local source naming the UTC day settles it, wherever it ranks (tagblatt.ch: a meta
  // `2019-10-18` of the evening before, the date line `19.10.2019, 05:00 Uhr` of 03:00Z).
  if (sources.some((other) => other.date === utc.date)) return utc;
  const nextDay = sources.find(
    (other) =>
      daysApart(other.date, utc.date) === 1 && Math.abs(Date.parse(`${other.date}T12:00:00Z`) - instant) <= DAY_MS,
  );
  return nextDay ? { date: nextDay.date, dateTime: utc.dateTime! } : utc;
}
