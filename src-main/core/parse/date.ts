import { format, isValid, parse, type Locale } from 'date-fns';
import { ar, enGB, ru } from 'date-fns/locale';
import { boundedMemo } from '../bounded-memo';
import { collapseWhitespace } from '../collapse-whitespace';

/** Order of day and month in an all-numeric date. The project default is day-first. */
export type DateOrder = 'dmy' | 'mdy';

// Fixed so that two-digit years mean the same thing whenever the app runs:
// date-fns puts `yy` within 50 years of this, i.e. 1951–2050.
const REFERENCE = new Date(2000, 0, 1);

const YEAR_FIRST = ['yyyy-M-d', 'yyyy/M/d', 'yyyy.M.d'];
const DAY_FIRST = { yyyy: ['d-M-yyyy', 'd.M.yyyy', 'd/M/yyyy'], yy: ['d-M-yy', 'd.M.yy', 'd/M/yy'] };
const MONTH_FIRST = { yyyy: ['M-d-yyyy', 'M.d.yyyy', 'M/d/yyyy'], yy: ['M-d-yy', 'M.d.yy', 'M/d/yy'] };
// date-fns lets `yy` take one digit; a numeric date must have a two- or four-digit year.
const NUMERIC_SHAPE = /^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4}))$/;

// `MMMM` also accepts abbreviations in date-fns, so `27 Apr 2020` and `27 April 2020` share a pattern.
// `d MMMM, yyyy` is SANA English (`11 September، 2017` once its Arabic comma is made Latin);
// `MMMM d yyyy` is fa-kes, whose commas were stripped; `d-MMMM-yyyy` is Reuters (`19-OCT-1987`).
const WORDED = ['d MMMM yyyy', 'd MMMM, yyyy', 'MMMM d, yyyy', 'MMMM d yyyy', 'd-MMMM-yyyy', 'yyyy MMMM d'];

const WEEKDAY =
  /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|(?:пн|вт|ср|чт|пт|сб|вс)|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)\.?,?\s+/iu;

// A clock time after the date, with optional seconds, fraction, am/pm and zone:
// `27 Apr 2020, 00:10`, `Sun, 25 Feb 2018 10:11:12 GMT`, `... +0000`, `19-OCT-1987 15:37:46.03`.
const TRAILING_TIME =
  /(?:,|\s+at|\s+-)?\s+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:z|gmt|utc|[a-z]{3,4}|[+-]\d{2}:?\d{2}))?$/i;
// fa-kes Reuters rows: `Fri 07 Apr 2017 at 0914`.
const TRAILING_AT_TIME = /\s+at\s+\d{3,4}$/i;

/** Returns `YYYY-MM-DD` or null when `raw` is not a recognisable date. Day-first for numeric forms. */
export function parseDate(raw: string): string | null {
  return parseDateWithOrder(raw, 'dmy');
}

/**
 * Like parseDate, but all-numeric dates are read in the given order. Use `'mdy'` only when
 * the source says so: the fa-kes CSV `date` column is `m/d/yy` (`4/18/17`). Worded and
 * year-first dates are unambiguous and read the same either way.
 */
export function parseDateWithOrder(raw: string, order: DateOrder): string | null {
  // The same date strings come back row after row (a CSV's date column, a wire's datelines),
  // and date-fns tries up to twelve patterns on each: remembered, an exact answer since the
  // reference date is fixed. Long text is no date and is not kept.
  return raw.length > MAX_REMEMBERED ? readDate(raw, order) : REMEMBERED[order](raw);
}

const MAX_REMEMBERED = 80;
const MAX_REMEMBERED_DATES = 20_000;
const REMEMBERED: Record<DateOrder, (raw: string) => string | null> = {
  dmy: boundedMemo(MAX_REMEMBERED_DATES, (raw) => readDate(raw, 'dmy')),
  mdy: boundedMemo(MAX_REMEMBERED_DATES, (raw) => readDate(raw, 'mdy')),
};

function readDate(raw: string, order: DateOrder): string | null {
  const text = normaliseDateText(raw);
  // Every pattern has a day or a year in ASCII digits (date-fns reads no others), so text
  // without one is no date: the heads of a body tried as a leading date mostly have none.
  if (!text || text.length > MAX_DATE_TEXT || !/\d/.test(text)) return null;
  if (/^[\d./-]+$/.test(text)) {
    if (!NUMERIC_SHAPE.test(text)) return null;
    return firstMatch(text, numericPatterns(text, order), enGB);
  }
  return couldBeWorded(text) ? firstMatch(text, WORDED, localeFor(text)) : null;
}

/**
 * The numeric patterns that can give `text` a date firstMatch accepts, in their order: the
 * others cannot (each one date-fns tries costs ~30 µs, and 10,000 numeric dates of /tmp/bc20k
 * are read). `d` and `M` read at most two digits before their separator, so four leading
 * digits are a year-first date; `yyyy` reads a day-first date's two-digit year as a year
 * below 1000, which firstMatch refuses, and `yy` leaves two digits of a four-digit year unread.
 */
function numericPatterns(text: string, order: DateOrder): string[] {
  if (/^\d{4}/.test(text)) return YEAR_FIRST;
  const patterns = order === 'dmy' ? DAY_FIRST : MONTH_FIRST;
  return /[./-]\d{4}$/.test(text) ? patterns.yyyy : patterns.yy;
}

/**
 * Whether `text` could match one of WORDED at all: each ends in `yyyy` or `d`, so the text
 * ends in a digit, and each has a `yyyy`, which date-fns reads as at most four digits and
 * firstMatch accepts from 1000, so four digits in a row. The heads splitLeadingDate tries
 * (`March 3, 2017 (Reuters) - The`) mostly fail this, and date-fns tried six patterns on
 * each: a third of the CSV reader's time (cpu profile, bench/prepare-stages.ts).
 */
function couldBeWorded(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0x30 && last <= 0x39 && /\d{4}/.test(text);
}

/** Longer text, once reduced to the calendar date, is prose that mentions one. */
const MAX_DATE_TEXT = 60;
/**
 * Longer text, with its whitespace collapsed, is no date even before the weekday and time
 * come off (together at most ~50 characters). Checked before the reducing regexes run: they
 * are quadratic on long runs of letters, and a 100 KB title or CSV cell tried as a date took
 * up to a minute (audit finding 1: the length check used to come after them).
 */
const MAX_RAW_DATE_TEXT = 2 * MAX_DATE_TEXT;

/** Digits, separators, weekday, time and `года` reduced away, leaving only the calendar date as written. */
function normaliseDateText(raw: string): string {
  let text = collapseWhitespace(toLatinDigits(raw).replace(/\u060c/g, ',')).trim();
  if (text.length > MAX_RAW_DATE_TEXT) return '';
  // ISO 8601 with a time: keep the date as written; the offset must not shift it.
  const iso = /^(\d{4}-\d{1,2}-\d{1,2})[T ]\d{1,2}:\d{2}/.exec(text);
  if (iso?.[1]) return iso[1];
  text = text.replace(WEEKDAY, '').replace(TRAILING_AT_TIME, '').replace(TRAILING_TIME, '');
  return text
    .replace(/\s+(?:года|г)\.?$/iu, '')
    .replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1')
    .replace(/\bsept\b/gi, 'Sep')
    .replace(/(\p{L}{3,})\./gu, '$1')
    .trim();
}

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits to ASCII. */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.codePointAt(0) ?? 0) & 0xf));
}

function localeFor(text: string): Locale {
  if (/\p{Script=Cyrillic}/u.test(text)) return ru;
  if (/\p{Script=Arabic}/u.test(text)) return ar;
  return enGB;
}

function firstMatch(text: string, formats: string[], locale: Locale): string | null {
  for (const pattern of formats) {
    if (!hasLiterals(text, pattern)) continue;
    const date = parse(text, pattern, REFERENCE, { locale });
    // `yyyy` also accepts one to three digits; a year that short is never what a dispatch means.
    if (isValid(date) && date.getFullYear() >= 1000) return format(date, 'yyyy-MM-dd');
  }
  return null;
}

/** Each pattern's separators: the characters that are no date-fns field (`/`, `-`, `.`, `,`, space). */
const LITERALS = new Map(
  [...YEAR_FIRST, ...Object.values(DAY_FIRST), ...Object.values(MONTH_FIRST), WORDED]
    .flat()
    .map((p) => [p, [...new Set(p.replace(/[a-zA-Z]/g, ''))]]),
);

/**
 * Separators no field of these patterns reads: `d`, `M` and `yyyy` read digits, and `MMMM`
 * the month names of enGB, ru and ar, none of which holds one (ru's abbreviations take a
 * `.`, so the dot is not here). A text holding one matches only a pattern that writes it:
 * `11 September, 2017` skips `d MMMM yyyy`.
 */
const UNREAD_SEPARATORS = [',', '-', '/'];

/**
 * Whether `text` holds every separator of `pattern`. date-fns matches each separator as
 * written where the pattern puts it, so a text without one cannot match: `19-OCT-1987`
 * skips the four spaced patterns before `d-MMMM-yyyy`, `4/18/17` the six dashed and dotted
 * ones. date-fns tried them all, about 30 µs each: the rest of firstMatch's 4% of the
 * parse worker (cpu profile, 20,000 files, 14,000 dates read).
 */
function hasLiterals(text: string, pattern: string): boolean {
  const literals = LITERALS.get(pattern)!;
  for (const literal of literals) if (!text.includes(literal)) return false;
  for (const separator of UNREAD_SEPARATORS)
    if (text.includes(separator) && !literals.includes(separator)) return false;
  return true;
}

/**
 * Which order an all-numeric date column uses, judged from its values: a first number
 * above 12 proves day-first, a second number above 12 proves month-first. Null when the
 * values never decide it or contradict each other.
 */
export function inferDateOrder(values: Iterable<string>): DateOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const m = /^\s*(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}\s*$/.exec(toLatinDigits(value));
    if (!m) continue;
    const [first, second] = [Number(m[1]), Number(m[2])];
    if (first > 12 && second <= 12) dayFirst = true;
    if (second > 12 && first <= 12) monthFirst = true;
  }
  if (dayFirst === monthFirst) return null;
  return dayFirst ? 'dmy' : 'mdy';
}

/** Longest run of leading words tried as a date: `Wednesday 07 December 2016` and `Fri 07 Apr 2017 at 0914` need six. */
const MAX_DATE_WORDS = 6;

/**
 * A date that opens a piece of text, e.g. `12 February 2015 Casualties mount…` or
 * `24.08.2013 Syrian state media…`: the date and the text after it. Null when the text does
 * not start with a date. The date must end at a word boundary, so `21.08.2013Get` is not one.
 */
export function splitLeadingDate(text: string, order: DateOrder = 'dmy'): { date: string; rest: string } | null {
  const trimmed = text.trimStart();
  // Only the leading words are split: splitting a whole body to read six words was most of the cost.
  const parts = leadingWords(trimmed).split(/(\s+)/);
  const words = Math.min(MAX_DATE_WORDS, Math.ceil(parts.length / 2));
  for (let n = words; n >= 1; n--) {
    const head = parts.slice(0, 2 * n - 1).join('');
    // readDate finds no date without a digit, and a shorter head has none either: most
    // bodies open with words, and each head cost a dozen regex passes (cpu profile, CSV).
    if (!ANY_DIGIT.test(head)) return null;
    const date = parseDateWithOrder(head, order);
    if (date) return { date, rest: trimmed.slice(head.length).trimStart() };
  }
  return null;
}

/** The digits readDate reads: ASCII, and Arabic-Indic and Persian ones (toLatinDigits). */
const ANY_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

/** `text` up to the start of its word past MAX_DATE_WORDS (the whole text when it has no more). */
function leadingWords(text: string): string {
  const gaps = /\s+/g;
  for (let n = 0; n < MAX_DATE_WORDS; n++) if (!gaps.exec(text)) return text;
  return text.slice(0, gaps.lastIndex);
}
