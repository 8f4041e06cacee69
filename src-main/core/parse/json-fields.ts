import { parseDate } from './date';
import { normaliseText } from './encoding';

/** The fields a JSON dispatch object may carry, after case-insensitive key matching. */
export interface JsonFields {
  title: string | null;
  /** The raw date string as stated; `date` is its parsed form. */
  rawDate: string | null;
  date: string | null;
  /** Body as stated: one string, or an array of paragraph strings. */
  body: string | string[] | null;
  agency: string | null;
  place: string | null;
  /** A `dateline` field, e.g. `Damascus, SANA`: place and agency in one string. */
  dateline: string | null;
  signature: string | null;
  language: string | null;
  tags: string[] | undefined;
  /** True when title and date were found under each other's keys. */
  swapped: boolean;
}

// Key names seen in scraper output and news APIs, most specific first.
// `author` is deliberately absent: it is a byline, not an editor signature.
const KEYS = {
  title: ['title', 'headline', 'name'],
  date: ['date', 'published', 'published_at', 'publishedat', 'pubdate', 'datetime', 'date_published'],
  body: ['text', 'content', 'body', 'article', 'description'],
  agency: ['agency', 'source', 'site'],
  place: ['place', 'location'],
  dateline: ['dateline'],
  signature: ['signature'],
  language: ['language', 'lang'],
  tags: ['tags'],
} as const;

type FieldName = keyof typeof KEYS;

/** Reads the known fields of one JSON object. Never invents a value. */
export function readJsonFields(obj: Record<string, unknown>): JsonFields {
  const lower = lowerCaseKeys(obj);
  const pick = (name: FieldName): unknown => {
    for (const key of KEYS[name]) if (lower.has(key)) return lower.get(key);
    return undefined;
  };
  const stated = { title: asString(pick('title')), date: asString(pick('date')) };
  const { title, rawDate, date, swapped } = resolveTitleAndDate(stated.title, stated.date);
  return {
    title,
    rawDate,
    date,
    swapped,
    body: asBody(pick('body')),
    agency: asString(pick('agency')),
    place: asString(pick('place')),
    dateline: asString(pick('dateline')),
    signature: asString(pick('signature')),
    language: asString(pick('language')),
    tags: asTags(pick('tags')),
  };
}

/** True when the object states a title or a body, i.e. it can be a dispatch. */
export function looksLikeDispatch(obj: Record<string, unknown>): boolean {
  const lower = lowerCaseKeys(obj);
  return [...KEYS.title, ...KEYS.body].some((key) => {
    const value = lower.get(key);
    return asString(value) !== null || (Array.isArray(value) && value.some((v) => asString(v) !== null));
  });
}

/**
 * Decides which of the two stated values is the date by parsing both:
 * sana/sanasyria.json stores its headline under `date` and its date under `title`
 * (a scraper bug), so the keys alone cannot be trusted. Its dates carry an Arabic
 * comma (`11 September، 2017`), which parseDate reads as a Latin one.
 */
function resolveTitleAndDate(
  title: string | null,
  rawDate: string | null,
): { title: string | null; rawDate: string | null; date: string | null; swapped: boolean } {
  const date = rawDate === null ? null : parseDate(rawDate);
  if (date === null && title !== null && rawDate !== null) {
    const titleAsDate = parseDate(title);
    if (titleAsDate !== null) return { title: rawDate, rawDate: title, date: titleAsDate, swapped: true };
  }
  return { title, rawDate, date, swapped: false };
}

function lowerCaseKeys(obj: Record<string, unknown>): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const [key, value] of Object.entries(obj)) {
    const lower = key.toLowerCase();
    if (!map.has(lower)) map.set(lower, value);
  }
  return map;
}

/** A trimmed, normalised non-empty string, or null. Numbers are not dates or titles here. */
function asString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const clean = normaliseText(value).trim();
  return clean ? clean : null;
}

function asBody(value: unknown): string | string[] | null {
  if (typeof value === 'string') return asString(value);
  if (!Array.isArray(value)) return null;
  const parts = value.map(asString).filter((v): v is string => v !== null);
  return parts.length ? parts : null;
}

function asTags(value: unknown): string[] | undefined {
  if (Array.isArray(value)) {
    const tags = value.map(asString).filter((v): v is string => v !== null);
    return tags.length ? tags : undefined;
  }
  const text = asString(value);
  if (text === null) return undefined;
  const tags = text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return tags.length ? tags : undefined;
}
