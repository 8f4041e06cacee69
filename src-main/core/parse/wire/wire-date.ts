import { isValid, parse } from 'date-fns';
import { boundedMemo } from '../../bounded-memo';
import { collapseWhitespace } from '../../collapse-whitespace';

// One timestamp as the file states it. Wire formats write instants five ways: ISO 8601
// basic (NITF `20131020T192751+1100`) and extended (G2, ninjs, with or without zone),
// RFC 5322 (e-mail `Date:`, WXR `pubDate`), the ANPA trailer `AP-WF-11-13-13 1509GMT` and
// the IPTC 7901 post-text `131137 GMT Nov 13`. The wall time is kept as written and the
// offset beside it; the UTC instant is computed only when an offset is stated.

export interface WireDate {
  /** `YYYY-MM-DD` as written, in the file's own offset. */
  date: string;
  /** ISO 8601 extended: wall time plus the stated offset (`Z` kept), or bare when none. */
  dateTime: string;
  /** The instant in UTC, or null without an offset. */
  dateUtc: string | null;
  raw: string;
}

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  /** Fraction digits as written, without the dot. */
  frac: string;
  /** `Z`, `+HH:MM` or null for no zone. */
  offset: string | null;
}

// Fixed so that two-digit years read the same whenever the app runs (date-fns: 1951–2050).
const REFERENCE = new Date(2000, 0, 1);
const MAX_REMEMBERED_DAYS = 5_000;

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|(?:GMT|UTC)?([+-])(\d{2}):?(\d{2}))?$/i;

/** Parses any of the stated forms; null when the text is none of them. */
export function parseWireDate(raw: string | null | undefined): WireDate | null {
  const text = collapseWhitespace(raw ?? '').trim();
  if (!text) return null;
  const parts = isoParts(text) ?? rfc5322Parts(text) ?? anpaParts(text) ?? iptc7901Parts(text);
  return parts ? toWireDate(parts, text) : null;
}

function isoParts(text: string): Parts | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const offset = !m[8] ? null : m[8].toUpperCase() === 'Z' ? 'Z' : `${m[9]}${m[10]}:${m[11]}`;
  return {
    y: +m[1]!,
    mo: +m[2]!,
    d: +m[3]!,
    h: +(m[4] ?? 0),
    mi: +(m[5] ?? 0),
    s: +(m[6] ?? 0),
    frac: m[7] ?? '',
    offset,
  };
}

// `Thu, 19 Feb 2015 17:18:40 +1100`; the weekday and a trailing comment `(PST)` are optional.
function rfc5322Parts(text: string): Parts | null {
  const m =
    /^(?:[A-Za-z]{3},?\s+)?(\d{1,2} [A-Za-z]{3} \d{2,4}) (\d{1,2}:\d{2}(?::\d{2})?)\s*([+-]\d{4}|[A-Z]{1,5})?(?:\s*\(.*\))?$/.exec(
      text,
    );
  if (!m) return null;
  const day = parseWith(m[1]!, m[1]!.split(' ')[2]!.length === 2 ? 'd MMM yy' : 'd MMM yyyy');
  if (!day) return null;
  const [h, mi, s] = m[2]!.split(':').map(Number);
  return { ...day, h: h!, mi: mi!, s: s ?? 0, frac: '', offset: zoneOffset(m[3]) };
}

// ANPA-1312 post-text: `AP-WF-11-13-13 1509GMT` is month-day-year, hour-minute.
function anpaParts(text: string): Parts | null {
  const m = /(?:^|[A-Z]-)(\d{2}-\d{2}-\d{2}) (\d{2})(\d{2}) ?([A-Z]{1,5})?$/.exec(text);
  if (!m) return null;
  const day = parseWith(m[1]!, 'MM-dd-yy');
  return day ? { ...day, h: +m[2]!, mi: +m[3]!, s: 0, frac: '', offset: zoneOffset(m[4]) } : null;
}

// IPTC 7901 post-text: `131137 GMT Nov 13` is day, hour, minute, zone, month, two-digit year.
function iptc7901Parts(text: string): Parts | null {
  const m = /^(\d{2})(\d{2})(\d{2}) ?([A-Z]{1,5})? ([A-Za-z]{3}) (\d{2}|\d{4})$/.exec(text);
  if (!m) return null;
  const day = parseWith(`${m[1]} ${m[5]} ${m[6]}`, m[6]!.length === 2 ? 'dd MMM yy' : 'dd MMM yyyy');
  return day ? { ...day, h: +m[2]!, mi: +m[3]!, s: 0, frac: '', offset: zoneOffset(m[4]) } : null;
}

type Day = Pick<Parts, 'y' | 'mo' | 'd'>;

// date-fns's parse costs ~10 µs and was half of parseWireDate's time (a profile of
// bc20k/feeds): the days repeat from entry to entry where the times do not, so the day is
// remembered (exact: REFERENCE is fixed). Callers copy the answer, never change it.
const rememberedDay = boundedMemo(MAX_REMEMBERED_DAYS, (key): Day | null => {
  const cut = key.indexOf('\n');
  const date = parse(key.slice(cut + 1), key.slice(0, cut), REFERENCE);
  if (!isValid(date)) return null;
  return { y: date.getFullYear(), mo: date.getMonth() + 1, d: date.getDate() };
});

function parseWith(text: string, pattern: string): Day | null {
  return rememberedDay(`${pattern}\n${text}`);
}

/** `+1100` → `+11:00`; GMT, UT, UTC and Z → `Z`; anything else (EST, none) → null. */
function zoneOffset(zone: string | undefined): string | null {
  if (!zone) return null;
  if (/^[+-]\d{4}$/.test(zone)) return `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return /^(?:GMT|UTC?|Z)$/i.test(zone) ? 'Z' : null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function toWireDate(p: Parts, raw: string): WireDate | null {
  if (p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > 31 || p.h > 24 || p.mi > 59 || p.s > 60) return null;
  const date = `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}`;
  const frac = p.frac ? `.${p.frac}` : '';
  const wall = `${date}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}${frac}`;
  return { date, dateTime: p.offset ? wall + p.offset : wall, dateUtc: p.offset ? utcOf(p) : null, raw };
}

function utcOf(p: Parts): string {
  const sign = p.offset === 'Z' ? 0 : p.offset!.startsWith('-') ? -1 : 1;
  const minutes = sign === 0 ? 0 : sign * (Number(p.offset!.slice(1, 3)) * 60 + Number(p.offset!.slice(4, 6)));
  const instant = new Date(0);
  instant.setUTCFullYear(p.y, p.mo - 1, p.d);
  instant.setUTCHours(p.h, p.mi - minutes, p.s, 0);
  const iso = instant.toISOString().slice(0, 19);
  return `${iso}${p.frac ? `.${p.frac}` : ''}Z`;
}
