// The fallback when Readability finds little or no article: the container densest in text
// blocks, as jusText and trafilatura's baseline judge paragraphs. A block is body-like when
// it is long and few of its words are links; the element whose body-like blocks hold the
// most text (counted for the parent and, halved, for the grandparent, so that a story split
// into sections is still one container) is the article.

import { blockParagraphs, leafBlocks, linkDensity } from './html-blocks';
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
  return blocks.reduce((sum, block) => sum + blockParagraphs(block).join(' ').length, 0);
}

/** Characters of the blocks that read as prose: long, with few links. */
export function proseChars(blocks: Element[]): number {
  let sum = 0;
  for (const block of blocks) {
    const text = blockParagraphs(block).join(' ');
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
    const text = blockParagraphs(block).join(' ');
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
    const text = blockParagraphs(block).join(' ');
    return text.length > 0 && linkDensity(block, text) < MAX_KEPT_LINK_DENSITY;
  });
}

/** Words naming a story's standfirst: `entry__subtitle`, `ts-intro`, `article-intro`, `entry-excerpt`, `lead`. */
const LEAD_WORDS = new Set(['lead', 'intro', 'excerpt', 'standfirst', 'subtitle', 'summary', 'dek', 'abstract']);
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
  for (const el of Array.from(scope.querySelectorAll('p[class], div[class], h2[class], span[class]'))) {
    if (!nameWords(el.getAttribute('class') ?? '').some((word) => LEAD_WORDS.has(word))) continue;
    const text = blockParagraphs(el).join(' ');
    if (text.length < MIN_LEAD_CHARS || text.length > MAX_LEAD_CHARS) return null;
    return linkDensity(el, text) <= MAX_PROSE_LINK_DENSITY ? text : null;
  }
  return null;
}
