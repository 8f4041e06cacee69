import type { RelatedItem } from '../../contract/records';
import { blockText, linkDensity, ownLinkText } from './html-blocks';
import { isRelatedMarker } from './related';

// "Read more" blocks are links to other articles, not part of this one: they become
// `related` items. tgnews pages wrap them in a <related> element; other saved pages only
// announce them with a heading such as Vanguard's `<h3>READ ALSO: <a>…</a></h3>`.
const RELATED_MARKER = new RegExp(
  '^(?:' +
    [
      'read (?:also|more)',
      'also read',
      'related(?: posts| articles| stories| news| content)?',
      'see also',
      'more on this(?: story)?',
      'you may also like',
      'lea también',
      'noticias relacionadas',
      'te puede interesar',
      'lire aussi',
      'à lire aussi',
      'читайте (?:также|ещ[её])',
      'читайте також',
      'смотрите также',
      'см\\. также',
      'по теме',
      'похожие (?:новости|статьи|материалы)',
      'مقالات ذات صلة',
      'أخبار ذات صلة',
      'مواضيع ذات صلة',
      'اقرأ (?:أيضا|أيضاً|ايضا|المزيد)',
      'من ملف',
      // Headings of recommendation boxes on saved pages (webdev: German, English and French news sites and blogs).
      'related coverage',
      'more (?:stories|articles|from \\S+)',
      '(?:das|dies) (?:könnte|dürfte) (?:sie|dich|euch) (?:auch |ebenfalls )?interessieren',
      'auch interessant',
      'ebenfalls interessant',
      'schon gelesen',
      'empfohlene (?:beiträge|artikel)',
      'empfehlungen(?: der redaktion| aus dem \\S+)?',
      'verwandte (?:artikel|beiträge|themen)',
      'ähnliche (?:artikel|beiträge)',
      '(?:weitere|neueste|meistgelesene) (?:artikel|beiträge|nachrichten|meldungen)',
      'beiträge zum thema',
      'mehr zum thema',
      'weiterführende links',
      'sur le même sujet',
      'à voir aussi',
    ].join('|') +
    ')[?!.…]*\\s*[:：]?\\s*',
  'iu',
);

/** Text after a related-links marker (`''` when the block is only the marker), or null when the block is not one. */
export function relatedMarkerRest(text: string): string | null {
  // Every plain-text marker line (`Check Also`, `شاهد أيضاً`…) is a marker block in HTML too.
  if (isRelatedMarker(text)) return '';
  const m = RELATED_MARKER.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  // Without a colon, a marker word opening a sentence (`Related talks began…`) is ordinary prose.
  if (rest && !/[:：]\s*$/.test(m[0])) return null;
  return rest;
}

/** Reads and removes every <related> element; their links become related items. */
export function takeRelatedElements(root: ParentNode): RelatedItem[] {
  const items = new RelatedList();
  for (const block of Array.from(root.querySelectorAll('related'))) {
    for (const anchor of Array.from(block.querySelectorAll('a'))) {
      const title = ownLinkText(anchor) || readableUrl(anchor.getAttribute('href'));
      if (title) items.add(title);
    }
    block.remove();
  }
  return items.items;
}

/**
 * al-akhbar lists the same article twice, with and without its slug: the fuller one is kept,
 * in the place of the first. Titles are looked up by their `/`-cut prefixes rather than
 * compared with every item listed: that was quadratic in the links of a <related> block
 * (10,000 links took seconds; audit finding 1).
 */
class RelatedList {
  readonly items: RelatedItem[] = [];
  /** Index of each listed title. */
  #at = new Map<string, number>();
  /** Every prefix of a listed title that ends just before one of its `/`. */
  #prefixes = new Set<string>();

  add(title: string): void {
    const shorter = slashPrefixes(title).find((prefix) => this.#at.has(prefix));
    if (shorter !== undefined) {
      const index = this.#at.get(shorter)!;
      this.#at.delete(shorter);
      this.#list(title, index);
    } else if (!this.#at.has(title) && !this.#prefixes.has(title)) {
      this.#list(title, this.items.length);
    }
  }

  #list(title: string, index: number): void {
    this.items[index] = { title, excerpt: '' };
    this.#at.set(title, index);
    for (const prefix of slashPrefixes(title)) this.#prefixes.add(prefix);
  }
}

/** Hashing a prefix reads it whole, so a title of thousands of `/` is cut at its first few: a URL path has fewer. */
const MAX_PREFIXES = 32;

function slashPrefixes(title: string): string[] {
  const prefixes: string[] = [];
  for (let i = title.indexOf('/'); i >= 0 && prefixes.length < MAX_PREFIXES; i = title.indexOf('/', i + 1))
    prefixes.push(title.slice(0, i));
  return prefixes;
}

/** A percent-encoded href shown as the reader would see it (al-akhbar slugs are Arabic). */
function readableUrl(href: string | null): string {
  if (!href || /^\s*javascript:/i.test(href)) return '';
  try {
    return decodeURI(href.trim());
  } catch {
    return href.trim();
  }
}

/** Share of a block's text in links above which it is not story text. */
const MAX_BODY_LINK_DENSITY = 0.75;

/**
 * Splits Readability's blocks into body and related items. A block that is only a marker
 * (`Related`, `Читайте также`) takes the link-dense blocks right after it as items; a block
 * with a marker and a link (`READ ALSO: <a>…</a>`) is one item.
 */
export function separateRelated(blocks: Element[]): { body: Element[]; related: RelatedItem[] } {
  const body: Element[] = [];
  const related: RelatedItem[] = [];
  let collecting = false;
  for (const block of blocks) {
    const text = blockText(block);
    const rest = relatedMarkerRest(text);
    if (rest !== null) {
      if (rest) related.push({ title: rest, excerpt: '' });
      collecting = rest === '';
      continue;
    }
    if (collecting && text && linkDensity(block, text) >= 0.6) {
      related.push({ title: text, excerpt: '' });
      continue;
    }
    collecting = false;
    // A block that is mostly one or more links is a teaser for other pages, wherever it
    // sits (`<p><a>Lesen Sie auch: …</a></p>`, a list of related posts), as trafilatura
    // drops link-dense paragraphs (webdev: a tenth of the unwanted snippets).
    if (text && linkDensity(block, text) >= MAX_BODY_LINK_DENSITY) continue;
    body.push(block);
  }
  return { body, related };
}
