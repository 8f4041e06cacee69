// Dates written in the Solar Hijri (Persian) or the lunar Hijri calendar, made Gregorian.
// An Iranian page's `1399-02-21` was stored as the Gregorian year 1399 (issue 18); a year the
// page did not mean is worse than no date.
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import { toLatinDigits } from './date';

export type Calendar = 'persian' | 'hijri';

// jalaali-js (Borkowski's algorithm, exact for years -61…3177; small, maintained, typed):
// a hand-written leap-year rule is exactly what goes wrong. Persian month names in order.
const PERSIAN_MONTHS = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
];

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Which non-Gregorian calendar a page may use: Persian for `fa` pages or Persian digits,
 * Hijri for `ar` pages or Arabic-Indic digits. Only years that fit that calendar's present
 * era (13xx–14xx) are ever converted, so a Gregorian date on the same page stays as written.
 */
export function calendarOf(lang: string | undefined, text: string): Calendar | null {
  if (lang === 'fa' || /[\u06f0-\u06f9]/.test(text)) return 'persian';
  if (lang === 'ar' || /[\u0660-\u0669]/.test(text)) return 'hijri';
  return null;
}

/** `YYYY-MM-DD` in Gregorian for a year-first date in `calendar` (digits or a Persian month name), or null. */
export function convertCalendarDate(raw: string, calendar: Calendar): string | null {
  const text = toLatinDigits(raw);
  const numeric = /(?:^|[^\d])(1[34]\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(text);
  const worded = calendar === 'persian' ? persianWorded(text) : null;
  const parts = numeric ? [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])] : worded;
  if (!parts) return null;
  const [year, month, day] = parts as [number, number, number];
  return calendar === 'persian' ? fromPersian(year, month, day) : fromHijri(year, month, day);
}

/** `21 اردیبهشت 1399`: day, Persian month name, year. */
function persianWorded(text: string): [number, number, number] | null {
  const m = /(\d{1,2})\s+(\p{L}+)\s+(1[34]\d{2})/u.exec(text);
  const month = m ? PERSIAN_MONTHS.indexOf(m[2]!) + 1 : 0;
  return m && month > 0 ? [Number(m[3]), month, Number(m[1])] : null;
}

function fromPersian(year: number, month: number, day: number): string | null {
  if (!isValidJalaaliDate(year, month, day)) return null;
  const { gy, gm, gd } = toGregorian(year, month, day);
  return `${gy}-${pad(gm)}-${pad(gd)}`;
}

// The Umm al-Qura calendar of ICU (in every Node and Chromium) converts Gregorian to Hijri
// only; the Gregorian day is found by stepping from an estimate until ICU names the same day.
const HIJRI = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});
const HIJRI_EPOCH_MS = Date.UTC(622, 6, 16);
const LUNAR_YEAR_DAYS = 354.367;
const DAY_MS = 86_400_000;

function fromHijri(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const estimate = HIJRI_EPOCH_MS + ((year - 1) * LUNAR_YEAR_DAYS + (month - 1) * 29.53 + day - 1) * DAY_MS;
  for (let offset = -4; offset <= 4; offset++) {
    const date = new Date(estimate + offset * DAY_MS);
    const parts = Object.fromEntries(HIJRI.formatToParts(date).map((p) => [p.type, p.value]));
    if (parseInt(parts.year ?? '') === year && Number(parts.month) === month && Number(parts.day) === day)
      return date.toISOString().slice(0, 10);
  }
  return null;
}
