// Who wrote a saved page, in order of trust: JSON-LD `author`, `meta[name=author]`,
// microdata or `rel=author`, then a visible "By …" line near the headline. A line that is
// nothing but the byline leaves the page once read, so the body does not open with it
// (tests/fixtures/mhtml: `<p class="byline">Par Claire Martin</p>` was the first paragraph).
import { collapseSpaces } from './html-blocks';
import type { LdArticle } from './html-jsonld';

/** A name longer than this is a sentence or a block of text, not a byline. */
const MAX_BYLINE = 120;

// "By", "Von", "Par", "Por", "Di", "Door", "Av": the byline words of the archive's languages.
// Case is spelled out: with the `i` flag, \p{Lu} would match any letter and take prose for a name.
// "Автор" (Russian) too; Arabic has no capitals, so "بقلم" takes a run of Arabic words.
const BY_LINE =
  /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]utor(?:in)?:?|[Aa]uthor:?|[Аа]втор:?)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|und|et|y|e|и|&|,))*)/u;
const BY_LINE_ARABIC = /^بقلم:?\s+(\p{Script=Arabic}+(?:\s+\p{Script=Arabic}+){0,4})/u;

/**
 * The page's byline, or null. When a visible line that holds nothing but "By <the name>" is
 * found, that element is removed from `document`: it is the byline, not the story.
 */
export function htmlByline(document: Document, ld: LdArticle): string | null {
  const visible = visibleBy(document);
  const candidates = [
    ld.authors.join(', '),
    metaAuthor(document),
    textOf(document.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"]')),
    textOf(document.querySelector('a[rel="author"], [rel="author"]')),
    visible?.name,
  ];
  const byline = candidates.map((c) => (c ? cleanName(c) : '')).find(isName) ?? null;
  if (byline && visible?.whole) visible.el.remove();
  return byline;
}

const isName = (name: string): boolean =>
  !!name && name.length <= MAX_BYLINE && !/^(?:https?:\/\/|unknown$|admin$)/i.test(name);

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

interface VisibleBy {
  name: string;
  el: Element;
  /** The element holds the By line and nothing else (no date, no share bar). */
  whole: boolean;
}

/** A "By Jane Doe" line in the elements a template marks as the byline or author, else right after the headline. */
function visibleBy(document: Document): VisibleBy | null {
  const h1 = document.querySelector('article h1') ?? document.querySelector('h1');
  const near = [h1?.nextElementSibling, h1?.parentElement?.nextElementSibling];
  const marked = Array.from(document.querySelectorAll('[class*="byline" i], [class*="author" i]')).slice(0, 10);
  for (const el of [...marked, ...near]) {
    const text = collapseSpaces(el?.textContent ?? '');
    const m = el && text.length <= 2 * MAX_BYLINE ? (BY_LINE.exec(text) ?? BY_LINE_ARABIC.exec(text)) : null;
    if (!m?.[1]) continue;
    const name = m[1].replace(/\s+(?:and|und|et|y|e|и|&|,)$/, '');
    const whole = m[0].length === text.length && el!.tagName !== 'BODY' && !el!.querySelector('h1, p p, div p');
    return { name, el: el!, whole };
  }
  return null;
}
