// Locale-aware dates and names through Intl, free of runes so Node unit tests can run it.
import type { UiLocale } from '../../../src-main/contract/archive';

// English dates read day-month-year ("15 July 2016"), as in the agencies' own copy;
// the bare `en` tag would give the US order.
const INTL_TAG: Record<UiLocale, string> = { en: 'en-GB', ru: 'ru' };

const longDates = new Map<UiLocale, Intl.DateTimeFormat>();
const monthNames = new Map<UiLocale, Intl.DateTimeFormat>();
const languageNames = new Map<UiLocale, Intl.DisplayNames>();

function cached<T>(cache: Map<UiLocale, T>, locale: UiLocale, make: (tag: string) => T): T {
  let value = cache.get(locale);
  if (value === undefined) cache.set(locale, (value = make(INTL_TAG[locale])));
  return value;
}

// Stored dates are calendar days without a zone; formatting them in UTC keeps
// a reader west of Greenwich from seeing the day before.
function utcDay(iso: string): Date | null {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? null : day;
}

// Intl gives Russian month and language names in lower case, as they are written
// mid-sentence; as labels standing alone they take a capital.
function capitalise(locale: UiLocale, text: string): string {
  return text.charAt(0).toLocaleUpperCase(INTL_TAG[locale]) + text.slice(1);
}

/** `2016-07-15` as a long date in the UI language; the input itself when it is not a date. */
export function formatLongDate(locale: UiLocale, iso: string): string {
  const day = utcDay(iso);
  if (!day) return iso;
  return cached(
    longDates,
    locale,
    (tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(day);
}

/** The month of a `YYYY-MM` period as a standalone label ("July", "Июль"); the input when malformed. */
export function formatMonth(locale: UiLocale, period: string): string {
  const day = /^\d{4}-\d{2}$/.test(period) ? utcDay(`${period}-01`) : null;
  if (!day) return period;
  const format = cached(monthNames, locale, (tag) => new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }));
  return capitalise(locale, format.format(day));
}

/** An ISO 639 code as a language label in the UI language ("Arabic", "Арабский"); the code when Intl does not know it. */
export function displayLanguage(locale: UiLocale, code: string): string {
  try {
    const name = cached(languageNames, locale, (tag) => new Intl.DisplayNames(tag, { type: 'language' })).of(code);
    return name ? capitalise(locale, name) : code;
  } catch {
    // Intl throws on tags that are not well-formed; a stored code is shown as is then.
    return code;
  }
}

const relativeTimes = new Map<UiLocale, Intl.RelativeTimeFormat>();
const dateTimes = new Map<UiLocale, Intl.DateTimeFormat>();

// The largest unit that fits, so a scan reads "3 hours ago" rather than "180 minutes ago".
const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** A moment (ISO 8601) relative to `now` in the UI language: "3 hours ago", "вчера", "now"; the input when it is not a time. */
export function formatRelativeTime(locale: UiLocale, iso: string, now: Date): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  const seconds = (then - now.getTime()) / 1000;
  const format = cached(relativeTimes, locale, (tag) => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }));
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** A moment (ISO 8601) as a date and time in the UI language and the user's time zone; the input when it is not a time. */
export function formatDateTime(locale: UiLocale, iso: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return cached(
    dateTimes,
    locale,
    (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' }),
  ).format(moment);
}

// An agency time as the contract keeps it: a day, a wall time and the offset the agency
// stated (`Z`, `+01:00`, `+0100`), or no offset when it stated none.
const WIRE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * An agency time as written: its day and wall time in the zone the agency gave, with that
 * zone (`1 March 2024, 14:05 UTC+01:00`), not moved into the reader's zone, so it matches
 * the copy and the agency's own references to it. A bare day is a long date; anything
 * else is returned as is.
 */
export function formatWireTime(locale: UiLocale, iso: string): string {
  const match = WIRE_TIME.exec(iso.trim());
  if (!match) return /^\d{4}-\d{2}-\d{2}$/.test(iso.trim()) ? formatLongDate(locale, iso.trim()) : iso;
  const [, day = '', hours, minutes, offset] = match;
  const zone = !offset ? '' : /^z$/i.test(offset) ? ' UTC' : ` UTC${offset.slice(0, 3)}:${offset.slice(-2)}`;
  return `${formatLongDate(locale, day)}, ${hours}:${minutes}${zone}`;
}

/** Whether an agency time states its zone, so it can also be given in the reader's own. */
export function hasZone(iso: string): boolean {
  return WIRE_TIME.exec(iso.trim())?.[4] !== undefined;
}
