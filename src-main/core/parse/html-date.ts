// A saved page's publication date, from the sources in order of trust (issue 18): JSON-LD,
// the standard meta tags (Open Graph, itemprop, Dublin Core), the publishers' own meta
// names, <time> in the article, a date path in the canonical URL, the visible date line.
// The first source that states a date wins: a later source must not overrule a more
// trusted one, and the modified date is never taken for the published one.
import { calendarOf, convertCalendarDate, type Calendar } from './calendar';
import { readInstant, type DateInstant } from './date-instant';
import { publisherMetaDates, standardMetaDates, timeElementDates, urlDates } from './html-date-meta';
import { ldArticle, type LdArticle } from './html-jsonld';
import { findWrittenDate, visibleDateLines } from './html-visible-date';

/** Years before this are no publication date of a saved web page (nor of any dispatch here). */
export const EARLIEST_YEAR = 1900;

/** The page's publication date (and instant, when a time is given), or null when no source states one. */
export function htmlPageDate(document: Document, ld: LdArticle, lang: string | undefined): DateInstant | null {
  const calendar = calendarOf(lang, document.querySelector('body')?.textContent?.slice(0, 20_000) ?? '');
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
      if (instant) return instant;
    }
  }
  for (const line of visibleDateLines(document)) {
    const date = (calendar && convertCalendarDate(line, calendar)) || findWrittenDate(line);
    if (date && plausible(date)) return { date };
  }
  return null;
}

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
