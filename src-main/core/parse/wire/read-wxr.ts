import type { WireDraft } from './wire-draft';
import { htmlTree } from './html-tree';
import { clean } from './wire-text';
import { bodyParagraphs } from './xml-paragraphs';
import { attr, child, childElements, isElement, textOf, type XmlElement } from './xml-tree';

// WordPress eXtended RSS 1.2: RSS 2.0 plus the wp:, content:, excerpt: and dc: namespaces.
// One <item> per post, page or attachment; attachments and posts without text (test4 is
// empty, test5 only <hr>, <img> and <iframe> in wordpress_wxr.xml) are not articles.

export interface WxrItem {
  draft: WireDraft | null;
  skipped?: string;
}

export function readWxr(rss: XmlElement): WxrItem[] {
  const channel = child(rss, 'channel');
  const language = textOf(child(channel, 'language')).trim() || null;
  return childElements(channel, 'item').map((item) => readItem(item, language));
}

function readItem(item: XmlElement, language: string | null): WxrItem {
  const type = textOf(childByName(item, 'wp:post_type')).trim() || 'post';
  const guid = textOf(child(item, 'guid')).trim() || null;
  if (type === 'attachment' || type === 'nav_menu_item')
    return { draft: null, skipped: `WXR item ${guid ?? ''} is an ${type}, not an article; skipped` };
  const body = contentBody(textOf(childByName(item, 'content:encoded')));
  if (body.paragraphs.length === 0) return { draft: null, skipped: `WXR item ${guid ?? ''} has no text; skipped` };
  const categories = childElements(item, 'category');
  const byDomain = (domain: string): string[] =>
    categories.filter((c) => (attr(c, 'domain') ?? 'category') === domain).map((c) => textOf(c));
  return {
    draft: {
      guid,
      title: textOf(child(item, 'title')),
      dateRaw: textOf(child(item, 'pubDate')).trim() || null,
      language,
      subjects: byDomain('category'),
      keywords: byDomain('post_tag'),
      pubStatus: null,
      body,
    },
  };
}

/** `content:encoded` and `excerpt:encoded` share the local name `encoded`, so the prefix decides. */
function childByName(item: XmlElement, name: string): XmlElement | null {
  return item.children.find((c): c is XmlElement => isElement(c) && c.name === name) ?? null;
}

// With <p> elements the paragraphs are theirs; without, every text line is a paragraph, as
// Superdesk reads it (wpautop would merge single-newline lines; SOURCES.md keeps lines).
export function contentBody(html: string) {
  const tree = htmlTree(html);
  const withP = bodyParagraphs(tree);
  if (withP.paragraphs.length > 0) return withP;
  const raw = linesOf(tree).filter((l) => clean(l));
  return { paragraphs: raw.map(clean), raw, tableRows: [] };
}

const BREAKS = new Set([
  'br',
  'hr',
  'div',
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'tr',
]);

function linesOf(el: XmlElement): string[] {
  let text = '';
  const walk = (node: XmlElement): void => {
    for (const c of node.children) {
      if (typeof c === 'string') text += c;
      else if (!['script', 'style', 'iframe', 'img', 'figure'].includes(c.local)) {
        if (BREAKS.has(c.local)) text += '\n';
        walk(c);
        if (BREAKS.has(c.local)) text += '\n';
      }
    }
  };
  walk(el);
  return text.split('\n');
}
