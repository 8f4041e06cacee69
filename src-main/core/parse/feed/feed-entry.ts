import type { WireFields } from '../../../contract/records';
import type { DraftRecord } from '../draft';
import { contentBody } from '../wire/read-wxr';
import { parseWireDate } from '../wire/wire-date';
import { clean, primaryLanguage, uniqueClean } from '../wire/wire-text';

/** One entry of an RSS, Atom or JSON feed, as the feed states it; every field is raw text. */
export interface FeedEntry {
  id: string | null;
  title: string;
  /** HTML (content:encoded, Atom content/summary, content_html …) or plain text. */
  body: string;
  /** The publication date as written; the modified date only when the feed gives no other. */
  dateRaw: string | null;
  authors: string[];
  link: string | null;
  categories: string[];
}

/** What a feed says about all its entries. */
export interface FeedChannel {
  title: string | null;
  language: string | null;
}

// An entry is a dispatch like any saved page: the feed's title is its source (as a page's
// og:site_name is), the author its byline, and the date keeps its stated offset in dateTime.
export function entryDraft(entry: FeedEntry, channel: FeedChannel, mtimeMs = 0): DraftRecord {
  const warnings: string[] = [];
  const when = saneDate(entry.dateRaw, mtimeMs, warnings);
  if (!entry.dateRaw) warnings.push('no publication date in the feed entry');
  const body = contentBody(entry.body);
  const language = primaryLanguage(channel.language);
  return {
    title: clean(entry.title),
    date: when?.date ?? null,
    place: null,
    agency: channel.title ? clean(channel.title) || null : null,
    signature: null,
    paragraphs: body.paragraphs,
    related: [],
    warnings,
    ...(language ? { languageHint: language } : {}),
    wire: entryFields(entry, when?.dateTime ?? null),
  };
}

// A wrong date is worse than none (issue 18): a feed's placeholder `Thu, 01 Jan 1970`, a
// year before 1900 or a date after the file was saved is no publication date, so it is
// dropped with a warning. Without a stated offset the wall time may be up to 14 hours
// ahead of UTC, hence the day of slack; an mtime of 0 is none known.
function saneDate(raw: string | null, mtimeMs: number, warnings: string[]) {
  const when = parseWireDate(raw);
  if (raw && !when) warnings.push(`feed entry date "${raw.slice(0, 60)}" could not be read`);
  if (!when) return null;
  const year = Number(when.date.slice(0, 4));
  const instant = Date.parse(when.dateUtc ?? `${when.date}T00:00:00Z`) - (when.dateUtc ? 0 : DAY_MS);
  const afterSaved = mtimeMs > 0 && instant > mtimeMs;
  if (year >= 1900 && when.date !== '1970-01-01' && !afterSaved) return when;
  warnings.push(`feed entry date ${when.date} is not a possible publication date; left out`);
  return null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function entryFields(entry: FeedEntry, dateTime: string | null): WireFields {
  const fields: WireFields = {};
  const byline = uniqueClean(entry.authors).join(', ');
  if (byline) fields.byline = byline;
  if (dateTime) fields.dateTime = dateTime;
  const subjects = uniqueClean(entry.categories);
  if (subjects.length) fields.subjects = subjects;
  // The records have no link field; the entry's id (else its link) names the story, so the
  // same entry saved in two snapshots of a feed is one story in two versions. Records that
  // share a guid are grouped and only the newest listed (store/story-versions.ts), so only
  // an id with a scheme (URL, `urn:`, `tag:`) counts: a bare `1` of one JSON Feed would
  // hide the `1` of another. parseFeed also drops one that repeats within its file.
  const guid = [entry.id, entry.link].map((v) => clean(v ?? '')).find((v) => /^[a-z][\w+.-]*:\S/i.test(v));
  if (guid) fields.guid = guid;
  return fields;
}
