import type { DraftRecord } from '../draft';
import { FormatError } from '../draft';
import { parseXml } from '../wire/xml-tree';
import { entryDraft } from './feed-entry';
import { readJsonFeed } from './feed-json';
import { readXmlFeed } from './feed-xml';

// A saved feed: RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed. Each entry is one record whose
// index is its position in the file, so an entry that empties on a later import does not
// shift the ids of the entries after it. WordPress WXR exports are RSS too, but the wire
// readers take them first (wire/detect-wire.ts), since they carry posts, not a feed.

/** Whether the start of a decoded file is a feed, by its root element or JSON Feed version. */
export function looksLikeFeed(head: string): boolean {
  const start = head.trimStart();
  if (start.startsWith('{')) return /^\{\s*"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(start);
  if (!start.startsWith('<')) return false;
  const body = start.replace(/^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*/i, '');
  const m = /^<((?:[\w.-]+:)?[\w.-]+)([^>]*)>?/.exec(body);
  if (!m) return false;
  const [, root, attrs] = m;
  if (root === 'rss') return true;
  if (root === 'rdf:RDF') return /purl\.org\/rss\/1\.0/.test(head);
  return root === 'feed' && /xmlns(?::\w+)?\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom["']/.test(attrs!);
}

/** `mtimeMs` is the file's own: no entry of a saved feed was published after it was saved. */
export function parseFeed(text: string, mtimeMs = 0): DraftRecord[] {
  const feed = text.trimStart().startsWith('{') ? jsonFeed(text) : xmlFeed(text);
  if (feed.entries.length === 0) throw new FormatError('no-records', 'the feed holds no entries');
  const failures: string[] = [];
  const drafts = feed.entries.map((read, position): DraftRecord => {
    try {
      return { ...entryDraft(read(), feed.channel, mtimeMs), sourceIndex: position };
    } catch (err) {
      // An entry nested past the stack, or of a shape nobody foresaw, is left out alone:
      // the other entries of the feed still import.
      failures.push(`${position + 1} (${err instanceof Error ? err.message.slice(0, 80) : String(err)})`);
      return unreadable(position);
    }
  });
  dropRepeatedGuids(drafts);
  const first = drafts.find((d) => d.title || d.paragraphs.length);
  if (failures.length && !first)
    throw new FormatError('malformed', `no feed entry could be read: ${failures.slice(0, 5).join(', ')}`);
  if (failures.length && first)
    first.warnings.push(`feed entries that could not be read were left out: ${failures.slice(0, 5).join(', ')}`);
  return drafts;
}

// Some feeds give every entry the same guid (the site's address); as versions of one story
// all but one entry would be hidden, so a guid that repeats within the file is no guid.
function dropRepeatedGuids(drafts: DraftRecord[]): void {
  const seen = new Map<string, number>();
  for (const d of drafts) if (d.wire?.guid) seen.set(d.wire.guid, (seen.get(d.wire.guid) ?? 0) + 1);
  for (const d of drafts) if (d.wire?.guid && seen.get(d.wire.guid)! > 1) delete d.wire.guid;
}

/** A draft the assembler drops (no title, no text) that still holds its entry's position. */
function unreadable(position: number): DraftRecord {
  const empty = { title: '', date: null, place: null, agency: null, signature: null };
  return { ...empty, paragraphs: [], related: [], warnings: [], sourceIndex: position };
}

function jsonFeed(text: string) {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new FormatError('invalid-json', `JSON Feed could not be parsed: ${(err as Error).message}`);
  }
  const feed = readJsonFeed(doc);
  if (!feed) throw new FormatError('malformed', 'not a JSON Feed: no jsonfeed.org version at its top level');
  return feed;
}

function xmlFeed(text: string) {
  const xml = parseXml(text);
  if (!xml.ok) throw new FormatError('malformed', `feed is not well-formed XML: ${xml.reason}`);
  const feed = readXmlFeed(xml.root);
  if (!feed) throw new FormatError('malformed', `<${xml.root.name}> is not the root of an RSS or Atom feed`);
  return feed;
}
