import type { WireDraft } from './wire-draft';
import { htmlTree } from './html-tree';
import { intOrNull } from './wire-text';
import { bodyParagraphs } from './xml-paragraphs';
import { collapseWhitespace } from '../../collapse-whitespace';

// IPTC ninjs 1.x/2.x (News in JSON), bare or inside a delivery envelope:
//   AP Media API   {"api_version", "data": {"item": {...}}}   ap_media_text_item.json
//   BBC paging     {"total", "limit", "offset", "item": [...]}  bbc-ninjs-text-test.json
// Only text items are articles; pictures, audio and video (and associations) are skipped.

type Json = Record<string, unknown>;

export interface NinjsItem {
  draft: WireDraft | null;
  skipped?: string;
}

const MEDIA_TYPES = new Set([
  'picture',
  'graphic',
  'audio',
  'video',
  'composite',
  'component',
  'event',
  'concept',
  'planning',
]);
/** Fields only a ninjs item has together: an id, a time, and content or a type. */
const ID_KEYS = ['guid', 'uri'];
const TIME_KEYS = ['versioncreated', 'firstcreated'];
const CONTENT_KEYS = ['type', 'headline', 'headlines', 'body_html', 'body_text', 'body_xhtml', 'bodies', 'pubstatus'];

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function looksLikeNinjs(value: unknown): boolean {
  if (!isObject(value)) return false;
  const has = (keys: string[]): boolean => keys.some((k) => k in value);
  return has(ID_KEYS) && has(TIME_KEYS) && has(CONTENT_KEYS);
}

/** The ninjs items of a parsed JSON document, unwrapping the known envelopes; [] when it holds none. */
export function ninjsItems(doc: unknown): Json[] {
  if (Array.isArray(doc)) return doc.filter(looksLikeNinjs) as Json[];
  if (!isObject(doc)) return [];
  if (looksLikeNinjs(doc)) return [doc];
  const data = doc.data;
  if (isObject(data) && looksLikeNinjs(data.item)) return [data.item as Json];
  if (isObject(data) && Array.isArray(data.items))
    return ninjsItems(data.items.map((i: unknown) => (isObject(i) && 'item' in i ? i.item : i)));
  for (const key of ['item', 'items']) if (Array.isArray(doc[key])) return ninjsItems(doc[key]);
  return [];
}

export function readNinjs(item: Json): NinjsItem {
  const type = str(item.type)?.toLowerCase() ?? 'text';
  const id =
    str(item.guid) ?? str(isObject(item.altids) ? item.altids.itemid : undefined) ?? str(item.uri) ?? str(item.id);
  if (MEDIA_TYPES.has(type)) return { draft: null, skipped: `ninjs item ${id ?? ''} is ${type}, not text; skipped` };
  const associations = isObject(item.associations) ? Object.keys(item.associations).length : 0;
  return {
    draft: {
      guid: id,
      version: item.version === undefined || item.version === null ? null : String(item.version),
      title: str(item.headline) ?? firstValue(item.headlines) ?? str(item.title),
      dateRaw: str(item.firstcreated) ?? str(item.versioncreated),
      versionCreatedRaw: str(item.versioncreated),
      embargoRaw: str(item.embargoed),
      pubStatus: str(item.pubstatus),
      urgency: intOrNull(item.urgency),
      priority: intOrNull(item.priority),
      slugline: str(item.slugline),
      byline: str(item.byline) ?? firstValue(item.bylines, 'byline'),
      located: str(item.located),
      language: str(item.language),
      ednote: str(item.ednote),
      keywords: Array.isArray(item.keywords) ? item.keywords.map((k) => str(k) ?? '') : [],
      subjects: codes(item.subject ?? item.subjects),
      agencyHints: [str(item.source), str(item.provider), isObject(item.provider) ? str(item.provider.name) : null],
      body: bodyOf(item),
      warnings: associations ? [`${associations} association(s) (pictures or media) not read as articles`] : [],
    },
  };
}

function str(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value : null;
}

/** ninjs 2.x lists (`headlines`, `bylines`): the first entry's value. */
function firstValue(list: unknown, key = 'value'): string | null {
  return Array.isArray(list) && isObject(list[0]) ? str(list[0][key]) : null;
}

function codes(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((s) => (isObject(s) ? (str(s.code) ?? str(s.uri) ?? '') : '')).filter(Boolean);
}

// body_html / body_xhtml are parsed as HTML; ninjs 2.x `bodies` holds them as a list; a
// bare string with no <p> is one paragraph (SOURCES.md).
function bodyOf(item: Json) {
  const html = str(item.body_html) ?? str(item.body_xhtml) ?? firstValue(item.bodies);
  if (html) {
    const tree = htmlTree(html);
    const body = bodyParagraphs(tree);
    if (body.paragraphs.length > 0 || body.tableRows.length > 0) return body;
    return bodyParagraphs({ ...tree, children: [{ name: 'p', local: 'p', attrs: {}, children: tree.children }] });
  }
  const text = str(item.body_text);
  return text
    ? {
        paragraphs: text
          .split(/\n\s*\n/)
          .map((p) => collapseWhitespace(p).trim())
          .filter(Boolean),
        raw: [text],
        tableRows: [],
      }
    : { paragraphs: [], raw: [], tableRows: [] };
}
