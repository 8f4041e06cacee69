import type { FeedChannel, FeedEntry } from './feed-entry';

// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). The format is plain JSON, so
// JSON.parse is its parser; this only maps its field names. 1.0 has one `author`, 1.1 `authors`.

export interface JsonFeed {
  channel: FeedChannel;
  entries: (() => FeedEntry)[];
}

type Obj = Record<string, unknown>;

export function readJsonFeed(doc: unknown): JsonFeed | null {
  if (!isObj(doc) || !isJsonFeedVersion(doc.version)) return null;
  const items = Array.isArray(doc.items) ? doc.items : [];
  return {
    channel: { title: str(doc.title), language: str(doc.language) },
    entries: items.map((item) => () => (isObj(item) ? jsonEntry(item) : emptyEntry())),
  };
}

export function isJsonFeedVersion(version: unknown): boolean {
  return typeof version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//.test(version);
}

function jsonEntry(item: Obj): FeedEntry {
  const authors = [...(Array.isArray(item.authors) ? item.authors : []), item.author]
    .map((a) => (isObj(a) ? str(a.name) : null))
    .filter((a): a is string => !!a);
  const text = str(item.content_text);
  return {
    id: str(item.id) ?? (typeof item.id === 'number' ? String(item.id) : null),
    title: str(item.title) ?? '',
    // Plain text is escaped so that the HTML body reader keeps it as written.
    body: str(item.content_html) ?? (text ? escapeText(text) : (str(item.summary) ?? '')),
    dateRaw: str(item.date_published) ?? str(item.date_modified),
    authors,
    link: str(item.url) ?? str(item.external_url),
    categories: Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === 'string') : [],
  };
}

function emptyEntry(): FeedEntry {
  return { id: null, title: '', body: '', dateRaw: null, authors: [], link: null, categories: [] };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}
