// The fallback when Readability finds little or no article: the container densest in text
// blocks, as jusText and trafilatura's baseline judge paragraphs. A block is body-like when
// it is long and few of its words are links; the element whose body-like blocks hold the
// most text (counted for the parent and, halved, for the grandparent, so that a story split
// into sections is still one container) is the article.

import { blockText, leafBlocks, linkDensity } from './html-blocks';
import { nameWords } from './html-prune';

/** Below this many characters Readability's article is "little": a teaser line or a byline. */
export const LITTLE_TEXT_CHARS = 250;

/** A block this long, with few links, reads as a paragraph of prose rather than a menu line. */
const MIN_PROSE_CHARS = 60;
const MAX_PROSE_LINK_DENSITY = 0.3;
/** Inside the chosen container, a block mostly of links is a list of other pages. */
const MAX_KEPT_LINK_DENSITY = 0.6;

/** Characters of text in the blocks. */
export function blocksText(blocks: Element[]): number {
  return blocks.reduce((sum, block) => sum + blockText(block).length, 0);
}

/** Characters of the blocks that read as prose: long, with few links. */
export function proseChars(blocks: Element[]): number {
  let sum = 0;
  for (const block of blocks) {
    const text = blockText(block);
    if (isProse(block, text)) sum += text.length;
  }
  return sum;
}

function isProse(block: Element, text: string): boolean {
  return text.length >= MIN_PROSE_CHARS && linkDensity(block, text) <= MAX_PROSE_LINK_DENSITY;
}

/** The blocks of the densest text container under root, or [] when the page has no block. */
export function densestBlocks(root: Element): Element[] {
  const blocks = leafBlocks(root);
  const scores = new Map<Element, number>();
  const add = (el: Element | null, score: number): void => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + score);
  };
  for (const block of blocks) {
    const text = blockText(block);
    if (!isProse(block, text)) continue;
    add(block.parentElement, text.length);
    add(block.parentElement?.parentElement ?? null, text.length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  // No prose block at all (a page of short lines): every block of the page, as before.
  const chosen = best ? leafBlocks(best) : blocks;
  return chosen.filter((block) => {
    const text = blockText(block);
    return text.length > 0 && linkDensity(block, text) < MAX_KEPT_LINK_DENSITY;
  });
}

/** Words naming a story's standfirst: `entry__subtitle`, `ts-intro`, `article-intro`, `entry-excerpt`, `lead`, French `chapo`. */
const LEAD_WORDS = new Set([
  'lead',
  'intro',
  'excerpt',
  'standfirst',
  'subtitle',
  'summary',
  'dek',
  'abstract',
  'chapo',
  'description',
  'teaser',
  // Czech and Slovak CMSs name the standfirst `perex` (webdev: francais.radio.cz `field-perex`)
  'perex',
]);
const MIN_LEAD_CHARS = 40;
const MAX_LEAD_CHARS = 1_000;

/**
 * The standfirst, which many pages set in the article's header, outside the container
 * Readability picks for the body (webdev: a tenth of the missed snippets). Only the first
 * element named for it, inside the article or main part when the page marks one.
 */
export function leadParagraph(document: Document): string | null {
  const scope = document.querySelector('article, main, [role="main"]') ?? document.querySelector('body');
  if (!scope) return null;
  // A standfirst opens the story: a box named so after the story's first paragraph is a teaser
  // card for another story (`<div class="teaser"><h3>…` under the text). Elements come in
  // document order, a box before the paragraphs inside it.
  let storyBegun = false;
  for (const el of Array.from(scope.querySelectorAll('p, div[class], h2[class], span[class]'))) {
    if (!nameWords(el.getAttribute('class') ?? '').some((word) => LEAD_WORDS.has(word))) {
      storyBegun ||= el.tagName === 'P' && (el.textContent ?? '').trim().length >= MIN_PROSE_CHARS;
      continue;
    }
    // `author-description`, `m-author__description`: the author box's blurb, not the story's (webdev: tell-review.de).
    if (inAuthorBox(el, scope)) continue;
    if (storyBegun) return null;
    const text = blockText(el);
    if (text.length < MIN_LEAD_CHARS || text.length > MAX_LEAD_CHARS) return null;
    return linkDensity(el, text) <= MAX_PROSE_LINK_DENSITY ? text : null;
  }
  return null;
}

const AUTHOR_WORDS = new Set(['author', 'authors', 'bio', 'profile']);

function inAuthorBox(el: Element, scope: Element): boolean {
  for (let node: Element | null = el; node && node !== scope; node = node.parentElement) {
    const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (names.trim() && nameWords(names).some((word) => AUTHOR_WORDS.has(word))) return true;
  }
  return false;
}

/** Share of Readability's text that must sit in the page's article element for that element to be the story. */
const MIN_ARTICLE_SHARE = 0.7;
/** A dropped block shorter than this is a label (`4 Min Read`, `Teilen`), not a sub-head or paragraph. */
const MIN_RECOVERED_CHARS = 20;

/**
 * Readability's blocks, with the blocks it dropped from the page's own article element put
 * back in place: sub-heads, standfirsts in the article's header, short paragraphs and lists
 * it judged too weak (webdev: a fifth of the missed snippets), as trafilatura keeps the
 * whole of the article element once it has found it. Only when that element holds most of
 * Readability's text, so a page whose `<article>` is a teaser card is left alone.
 */
export function recoverArticleBlocks(readable: Element[], document: Document): Element[] {
  const texts = readable.map((block) => blockText(block));
  const total = texts.reduce((sum, text) => sum + text.length, 0);
  const article = articleElement(document, new Set(texts), total);
  if (!article) return readable;
  const position = new Map<string, number>();
  texts.forEach((text, i) => position.set(text, i));
  const inserted = new Map<number, Element[]>();
  let at = -1;
  for (const block of leafBlocks(article)) {
    const text = blockText(block);
    const found = position.get(text);
    if (found !== undefined) at = Math.max(at, found);
    else if (recoverable(block, text, article)) inserted.set(at, [...(inserted.get(at) ?? []), block]);
  }
  if (inserted.size === 0) return readable;
  return [...(inserted.get(-1) ?? []), ...readable.flatMap((block, i) => [block, ...(inserted.get(i) ?? [])])];
}

/**
 * Words naming a box inside the article that is not the story: teaser cards for other
 * stories, widgets, pop-ups, donation and buy boxes, the author box (webdev: `teaser-text`, `c-flyout`,
 * `buybox__info`, `mollie-donation-modal`, `mh-widget`).
 */
const NOT_STORY_WORDS = new Set(
  'teaser teasers card widget popup modal flyout buybox donation footer promo author'.split(' '),
);

/** A dropped block worth putting back: long enough, few links, not in a link, a teaser card or a widget. */
function recoverable(block: Element, text: string, article: Element): boolean {
  if (text.length < MIN_RECOVERED_CHARS || linkDensity(block, text) > MAX_PROSE_LINK_DENSITY) return false;
  for (let el: Element | null = block; el && el !== article; el = el.parentElement) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'a' || tag === 'article') return false;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (names.trim() && nameWords(names).some((word) => notStory(word, el))) return false;
  }
  return true;
}

/** A linked heading: the title of a card that stands for another page. */
const LINKED_HEADING = 'h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4';

/**
 * Whether a box named with `word` is not the story. A card is another story's teaser only
 * when its heading links to it: a card whose headings link nowhere is the story's own box,
 * the recipe card that holds a recipe's ingredients and steps (webdev: `wp-block-wpzoom-recipe-card`).
 */
function notStory(word: string, box: Element): boolean {
  if (!NOT_STORY_WORDS.has(word)) return false;
  return word !== 'card' || box.querySelector(LINKED_HEADING) !== null || !box.querySelector('h2, h3, h4');
}

/**
 * The innermost `<article>` or `itemprop=articleBody` element holding most of Readability's
 * text. Each block of the page is read once and credits the article elements above it, so a
 * page of many nested teaser `<article>`s costs no more than one of a single article.
 */
function articleElement(document: Document, texts: Set<string>, total: number): Element | null {
  const root = document.querySelector('body');
  if (total === 0 || !root || !root.querySelector('article, [itemprop~="articleBody"]')) return null;
  const held = new Map<Element, number>();
  for (const block of leafBlocks(root)) {
    const text = blockText(block);
    if (!texts.has(text)) continue;
    for (let el = block.parentElement; el; el = el.parentElement) {
      // `itemprop` holds a list: Blogger writes `itemprop='description articleBody'` (webdev: emacspeak.blogspot.com).
      if (el.tagName === 'ARTICLE' || /(?:^|\s)articleBody(?:\s|$)/.test(el.getAttribute('itemprop') ?? ''))
        held.set(el, (held.get(el) ?? 0) + text.length);
    }
  }
  let best: Element | null = null;
  for (const [el, chars] of held) {
    if (chars >= MIN_ARTICLE_SHARE * total && (!best || best.contains(el))) best = el;
  }
  return best;
}
