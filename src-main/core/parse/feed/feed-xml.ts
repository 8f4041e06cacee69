// RSS 2.0, RSS 1.0 (RDF) and Atom 1.0, read on the saxes tree the wire readers use
// (wire/xml-tree.ts). Compared with a dedicated feed parser: @rowanmanning/feed-parser
// (maintained, pure JS, on htmlparser2) hands dates back as Date objects, so the offset a
// feed states is lost, and `dateTime` must keep it; it would also be a second XML parser
// beside saxes, which is already measured here as the fastest and strictest (xml-tree.ts).
// What remains is mapping element names, which is all this file does.
import { attr, child, childElements, textOf, type XmlElement } from '../wire/xml-tree';
import type { FeedChannel, FeedEntry } from './feed-entry';

export interface XmlFeed {
  channel: FeedChannel;
  /** Each entry read on demand, so that one entry that breaks a reader costs only itself. */
  entries: (() => FeedEntry)[];
}

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** The entries of a feed document, or null when its root is no feed. */
export function readXmlFeed(root: XmlElement): XmlFeed | null {
  if (root.local === 'rss') return rssFeed(child(root, 'channel'), childElements(child(root, 'channel'), 'item'));
  // RSS 1.0 puts its items beside the channel, not inside it.
  if (root.local === 'RDF') return rssFeed(child(root, 'channel'), childElements(root, 'item'));
  if (root.local === 'feed' && isAtom(root)) return atomFeed(root);
  return null;
}

export function isAtom(root: XmlElement): boolean {
  return Object.entries(root.attrs).some(([key, value]) => /^xmlns(?::|$)/.test(key) && value === ATOM_NS);
}

function rssFeed(channel: XmlElement | null, items: XmlElement[]): XmlFeed {
  return {
    channel: {
      title: text(child(channel, 'title')),
      language: text(child(channel, 'language')),
    },
    entries: items.map((item) => () => rssEntry(item)),
  };
}

function rssEntry(item: XmlElement): FeedEntry {
  // pubDate is RSS 2.0's; dc:date is RSS 1.0's and some 2.0 feeds' only date.
  const dateRaw = text(child(item, 'pubDate')) ?? text(child(item, 'date'));
  return {
    id: text(child(item, 'guid')),
    title: textOf(child(item, 'title')),
    body: text(child(item, 'encoded')) ?? textOf(child(item, 'description')),
    dateRaw,
    authors: [...childElements(item, 'author'), ...childElements(item, 'creator')].map((a) => rssAuthor(textOf(a))),
    link: text(child(item, 'link')),
    categories: [...childElements(item, 'category'), ...childElements(item, 'subject')].map((c) => textOf(c)),
  };
}

// RSS 2.0's <author> is an e-mail address, by custom followed by the name in parentheses
// (`jane@example.com (Jane Roe)`); the name is the byline. dc:creator is the name alone.
function rssAuthor(value: string): string {
  const named = /^\s*[^\s@()]+@[^\s()]+\s*\(([^()]+)\)\s*$/.exec(value);
  return named ? named[1]! : value;
}

function atomFeed(feed: XmlElement): XmlFeed {
  const feedAuthors = childElements(feed, 'author').map((a) => textOf(child(a, 'name')));
  return {
    channel: { title: atomText(child(feed, 'title')), language: attr(feed, 'lang') },
    entries: childElements(feed, 'entry').map((entry) => () => atomEntry(entry, feedAuthors)),
  };
}

// Atom's `published` is the first publication; `updated` is required but is the last
// change, so it stands in only for an entry that gives no `published`.
function atomEntry(entry: XmlElement, feedAuthors: string[]): FeedEntry {
  const authors = childElements(entry, 'author').map((a) => textOf(child(a, 'name')));
  const links = childElements(entry, 'link');
  const link = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? null;
  return {
    id: text(child(entry, 'id')),
    title: atomText(child(entry, 'title')) ?? '',
    body: atomBody(child(entry, 'content')) ?? atomBody(child(entry, 'summary')) ?? '',
    dateRaw: text(child(entry, 'published')) ?? text(child(entry, 'updated')),
    authors: authors.length ? authors : feedAuthors,
    link: attr(link, 'href'),
    categories: childElements(entry, 'category').map((c) => attr(c, 'label') ?? attr(c, 'term') ?? ''),
  };
}

/** Atom text constructs: `text` (the default) is escaped so the HTML body reader keeps it as text. */
function atomBody(el: XmlElement | null): string | null {
  if (!el || attr(el, 'src')) return null;
  const type = attr(el, 'type') ?? 'text';
  if (type === 'xhtml') return serialise(el);
  const value = textOf(el);
  if (!value.trim()) return null;
  return type === 'html' ? value : value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function atomText(el: XmlElement | null): string | null {
  if (!el) return null;
  const value = attr(el, 'type') === 'html' ? htmlTitleText(textOf(el)) : textOf(el);
  return value.trim() || null;
}

/** An HTML title's text: tags dropped, the common entities read. */
function htmlTitleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Inline XHTML content back to markup, for the HTML body reader. */
function serialise(el: XmlElement): string {
  return el.children
    .map((c) => {
      if (typeof c === 'string') return c.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const attrs = Object.entries(c.attrs)
        .filter(([k]) => !k.startsWith('xmlns'))
        .map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`)
        .join('');
      return `<${c.local}${attrs}>${serialise(c)}</${c.local}>`;
    })
    .join('');
}

function text(el: XmlElement | null): string | null {
  const value = textOf(el).trim();
  return value || null;
}
