// A saved page's publication date, from the sources in order of trust (issue 18): JSON-LD,
// the standard meta tags (Open Graph, itemprop, Dublin Core), the publishers' own meta
// names, <time> in the article, a date path in the canonical URL, the visible date line.
// The first source that states a date wins: a later source must not overrule a more
// trusted one, and the modified date is never taken for the published one.
import { EARLIEST_YEAR } from './date-sanity';
import { calendarOf, convertCalendarDate, type Calendar } from './calendar';
import { readInstant, type DateInstant } from './date-instant';
import { publisherMetaDates, standardMetaDates, timeElementDates, urlDates } from './html-date-meta';
import type { LdArticle } from './html-jsonld';
import { findWrittenDate, visibleDateLines } from './html-visible-date';

/** The page's publication date (and instant, when a time is given), or null when no source states one. */
export function htmlPageDate(document: Document, ld: LdArticle, lang: string | undefined): DateInstant | null {
  const calendar = calendarOf(lang, document.querySelector('body')?.textContent?.slice(0, 20_000) ?? '');
  const found = candidates(document, ld, calendar);
  const first = found.next();
  if (first.done) return null;
  return isUtc(first.value) ? inPageOffset(first.value, found) : first.value;
}

/** Every date the page states, most trusted first; lazily, as the first one usually settles it. */
function* candidates(document: Document, ld: LdArticle, calendar: Calendar | null): Generator<DateInstant> {
  const sources: Array<() => string[]> = [
    () => (ld.published ? [ld.published] : []),
    () => standardMetaDates(document),
    () => publisherMetaDates(document),
    () => timeElementDates(document),
    () => urlDates(document),
  ];
  for (const source of sources) {
    for (const raw of source()) {
      const instant = readDate(raw, calendar);
      if (instant) yield instant;
    }
  }
  for (const line of visibleDateLines(document)) {
    const date = (calendar && convertCalendarDate(line, calendar)) || findWrittenDate(line);
    if (date && plausible(date)) yield { date };
  }
}

const isUtc = (instant: DateInstant): boolean => /(?:Z|[+-]00:00)$/.test(instant.dateTime ?? '');

/**
 * Many CMSs write their meta dates in UTC, while the page (its URL, its date line, a local
 * <time>) gives the day where it was published: `2020-02-25T02:25:54Z` is the 24th in New
 * York, and the URL says `/2020/02/24/`. The calendar day must be the page's own, so a UTC
 * instant gives way to the day a less trusted source states within one day of it.
 */
function inPageOffset(utc: DateInstant, others: Iterator<DateInstant>): DateInstant {
  const instant = Date.parse(utc.dateTime!);
  for (let next = others.next(); !next.done; next = others.next()) {
    const other = next.value;
    // Another UTC copy of the date says nothing of the page's offset.
    if (isUtc(other)) continue;
    if (other.date === utc.date) return utc;
    const local = other.dateTime && !isUtc(other) ? Date.parse(other.dateTime) : NaN;
    // The same instant written with the page's offset: take it whole.
    if (local === instant) return other;
    const days = Math.abs(Date.parse(other.date) - Date.parse(utc.date)) / DAY_MS;
    if (days === 1 && Math.abs(Date.parse(`${other.date}T12:00:00Z`) - instant) <= DAY_MS) {
      return { date: other.date, dateTime: utc.dateTime! };
    }
  }
  return utc;
}

const DAY_MS = 86_400_000;

function readDate(raw: string, calendar: Calendar | null): DateInstant | null {
  const instant = readInstant(raw);
  if (instant && plausible(instant.date)) return instant;
  // `1399-02-21` on a Persian page is a Solar Hijri day; never a Gregorian year 1399.
  const converted = calendar ? convertCalendarDate(raw, calendar) : null;
  if (converted) return { date: converted };
  const written = instant ? null : findWrittenDate(raw);
  return written && plausible(written) ? { date: written } : null;
}

const plausible = (date: string): boolean => Number(date.slice(0, 4)) >= EARLIEST_YEAR;
