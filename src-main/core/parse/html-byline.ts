// Who wrote a saved page, in order of trust: JSON-LD `author`, `meta[name=author]`,
// microdata or `rel=author`, then a visible "By …" line near the headline.
import { collapseSpaces } from './html-blocks';
import type { LdArticle } from './html-jsonld';

/** A name longer than this is a sentence or a block of text, not a byline. */
const MAX_BYLINE = 120;

// "By", "Von", "Par", "Por", "Di", "Door", "Av": the byline words of the archive's languages.
// Case is spelled out: with the `i` flag, \p{Lu} would match any letter and take prose for a name.
const BY_LINE =
  /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]utor(?:in)?:?|[Aa]uthor:?)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|und|et|y|e|&|,))*)/u;

export function htmlByline(document: Document, ld: LdArticle): string | null {
  const candidates = [
    ld.authors.join(', '),
    metaAuthor(document),
    textOf(document.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"]')),
    textOf(document.querySelector('a[rel="author"], [rel="author"]')),
    visibleBy(document),
  ];
  for (const candidate of candidates) {
    const name = candidate ? cleanName(candidate) : '';
    if (name && name.length <= MAX_BYLINE && !/^(?:https?:\/\/|unknown$|admin$)/i.test(name)) return name;
  }
  return null;
}

// Author links and lines carry the template's words around the name: "View all posts by
// Daniel Lemire" (WordPress), "By Betty Crocker Kitchens", "Jane Doe More articles by Jane Doe".
const LINK_WORDS = /^.*?\b(?:posts|articles|beiträge|artikel)\s+(?:by|von|de|di)\s+/i;
const BY_WORD = /^(?:by|von|par|por|di|door|av)\s+/i;
const TRAILING_WORDS = /\s+(?:more articles by|alle artikel|all articles|view all).*$/i;

function cleanName(raw: string): string {
  return collapseSpaces(raw)
    .replace(LINK_WORDS, '')
    .replace(BY_WORD, '')
    .replace(TRAILING_WORDS, '')
    .replace(/,\s*$/, '');
}

function metaAuthor(document: Document): string | null {
  const el = document.querySelector(
    'meta[name="author" i], meta[property="article:author"], meta[name="dc.creator" i]',
  );
  return el?.getAttribute('content') ?? null;
}

function textOf(el: Element | null): string | null {
  const value = el?.getAttribute('content') ?? el?.textContent ?? '';
  return collapseSpaces(value) || null;
}

/** A "By Jane Doe" line in the elements a template marks as the byline or author, else right after the headline. */
function visibleBy(document: Document): string | null {
  const h1 = document.querySelector('article h1') ?? document.querySelector('h1');
  const near = [h1?.nextElementSibling, h1?.parentElement?.nextElementSibling];
  const marked = Array.from(document.querySelectorAll('[class*="byline" i], [class*="author" i]')).slice(0, 10);
  for (const el of [...marked, ...near]) {
    const text = collapseSpaces(el?.textContent ?? '');
    const m = text.length <= 2 * MAX_BYLINE ? BY_LINE.exec(text) : null;
    if (m?.[1]) return m[1].replace(/\s+(?:and|und|et|y|e|&|,)$/, '');
  }
  return null;
}
