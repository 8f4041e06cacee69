// A date as a page states it: the calendar day in the page's own offset, plus the instant
// with its offset when a time is given. `2020-01-08T23:30:00-05:00` is the 8th where it was
// written, though already the 9th in UTC: the day the page meant is the one it wrote.
import { isValid, parseISO } from 'date-fns';
import { parseDate, toLatinDigits } from './date';

export interface DateInstant {
  /** `YYYY-MM-DD` in the page's own offset. */
  date: string;
  /** ISO instant with its offset (`Z` kept), or bare wall time when no zone is given. */
  dateTime?: string;
}

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d])/i;

/** An ISO date or date-time as written, or any date parseDate knows (`27 Apr 2020`, `02.08.2019`). */
export function readInstant(raw: string): DateInstant | null {
  const text = toLatinDigits(raw).trim();
  const iso = ISO.exec(text);
  if (iso) return isoInstant(iso);
  const date = parseDate(text);
  return date ? { date } : null;
}

function isoInstant(m: RegExpExecArray): DateInstant | null {
  const [, y, mo, d, h, mi, s, zone] = m;
  const date = `${y}-${mo}-${d}`;
  if (!isValid(parseISO(date))) return null;
  if (h === undefined || mi === undefined) return { date };
  const clock = `${date}T${h}:${mi}:${s ?? '00'}`;
  if (!isValid(parseISO(clock))) return { date };
  return { date, dateTime: clock + offsetOf(zone) };
}

/** `Z`, `+0100` and `+01` written as `Z` and `+01:00`; no zone stays bare wall time. */
function offsetOf(zone: string | undefined): string {
  if (!zone) return '';
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}
