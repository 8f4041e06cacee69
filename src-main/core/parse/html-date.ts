// A saved page's publication date, from the sources in order of trust (issue 18): JSON-LD,
// the standard meta tags (Open Graph, itemprop, Dublin Core), the publishers' own meta
// names, <time> in the article, a date path in the canonical URL, the visible date line.
// The most trusted source that states a date wins, unless the page contradicts it
// (html-date-choice.ts): a wrong date is worse than none. The modified date is never taken.
import { EARLIEST_YEAR } from './date-sanity';
import { calendarOf, convertCalendarDate, type Calendar } from './calendar';
import { parseDateWithOrder, type DateOrder } from './date';
import { readInstant, type DateInstant } from './date-instant';
import { choosePageDate, type DateCandidate, type DateSource } from './html-date-choice';
import {
  genericMetaDates,
  metaTags,
  publisherMetaDates,
  standardMetaDates,
  timeElementDates,
  urlDates,
} from './html-date-meta';
import { pageDateOrder } from './html-date-order';
import type { LdArticle } from './html-jsonld';
import { findWrittenDate, visibleDateLines } from './html-visible-date';

interface PageContext {
  calendar: Calendar | null;
  order: DateOrder | null;
}

/** The page's publication date (and instant, when a time is given), or null when no source states one. */
export function htmlPageDate(document: Document, ld: LdArticle, lang: string | undefined): DateInstant | null {
  const context: PageContext = {
    calendar: calendarOf(lang, document.querySelector('body')?.textContent?.slice(0, 20_000) ?? ''),
    order: pageDateOrder(document, lang),
  };
  return choosePageDate(candidates(document, ld, context), context.order);
}

/** Every date the page states, most trusted first, each with the source that states it. */
function candidates(document: Document, ld: LdArticle, context: PageContext): DateCandidate[] {
  const tags = metaTags(document);
  const sources: Array<[DateSource, () => string[]]> = [
    ['ld', () => (ld.published ? [ld.published] : [])],
    ['meta', () => standardMetaDates(tags)],
    ['meta', () => publisherMetaDates(tags)],
    ['generic', () => genericMetaDates(tags)],
    ['time', () => timeElementDates(document)],
    ['url', () => urlDates(document)],
  ];
  const found: DateCandidate[] = [];
  for (const [source, values] of sources) {
    for (const raw of values()) {
      const candidate = readDate(raw, context);
      if (candidate) found.push({ ...candidate, source });
    }
  }
  for (const line of visibleDateLines(document)) {
    const date =
      (context.calendar && convertCalendarDate(line, context.calendar)) || findWrittenDate(line, context.order);
    if (date && plausible(date)) found.push({ date, source: 'visible', ...otherReading(line, date) });
  }
  return found;
}

function readDate(raw: string, context: PageContext): Omit<DateCandidate, 'source'> | null {
  const instant = readInstant(raw);
  if (instant && plausible(instant.date)) return { ...instant, ...otherReading(raw, instant.date) };
  // `1399-02-21` on a Persian page is a Solar Hijri day; never a Gregorian year 1399.
  const converted = context.calendar ? convertCalendarDate(raw, context.calendar) : null;
  if (converted) return { date: converted };
  const written = instant ? null : findWrittenDate(raw, context.order);
  return written && plausible(written) ? { date: written } : null;
}

/**
 * `11/01/2023 12:43:42` reads as 11 January day-first and 1 November month-first: both
 * readings go to the choice, which takes the one another source confirms, else the page's
 * order, else none (simmentalzeitung.ch: a German page whose meta is US-ordered, with its date
 * line `Erstellt am: 01.11.2023`). Dotted dates are day-first wherever they are written.
 */
function otherReading(raw: string, date: string): { other?: string } {
  // Anywhere in a date line (motor.at: `Stand: 11/01/2021, 05:00` beside a meta 2021-11-01).
  const m = /(?<![\d./-])(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}(?![\d./-])/.exec(raw);
  if (!m || Number(m[1]) > 12 || Number(m[2]) > 12 || m[1] === m[2]) return {};
  if (parseDateWithOrder(m[0], 'dmy') !== date) return {};
  const swapped = parseDateWithOrder(m[0], 'mdy');
  return swapped && swapped !== date ? { other: swapped } : {};
}

const plausible = (date: string): boolean => Number(date.slice(0, 4)) >= EARLIEST_YEAR;
