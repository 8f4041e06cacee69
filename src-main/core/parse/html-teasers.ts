// Lists of teaser cards for other stories: a box whose children are each a linked heading
// with a line or two of excerpt (webdev: interscenar.io `ul.teaser-item-list`,
// stackoverflow.blog `article.m-post-card`, bondyblog.fr `ul.listPosts-list`). Readability
// keeps their excerpts as prose when they sit in the story's container; a page names them
// every way, so they are told by their shape, as trafilatura and jusText judge blocks by
// shape: three or more siblings, each a short card holding a heading that is a link.

/** A heading that links elsewhere, or a link wrapping a heading: the title of a teaser card. */
const LINKED_HEADING = 'h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4';
const HEADING_TAG = /^H[1-6]$/;

/** A card is short: a heading and an excerpt. A longer child is a section of a story. */
const MAX_CARD_CHARS = 600;
/**
 * A story's title is a phrase; a shorter linked heading is a name (the poster's name over each
 * post of a forum thread, webdev: katzen-forum.net's `h4.message-name`), and the thread is the page's text.
 */
const MIN_TITLE_CHARS = 20;
/** This many cards side by side make a list of other stories; two may be a story's own "see also". */
const MIN_CARDS = 3;
/** Share of the box's children that must be cards: a story with a few linked sub-heads is not a list. */
const MIN_CARD_SHARE = 0.6;

/** Removes every teaser list of the page that does not hold the headline; returns how many. */
export function pruneTeaserLists(document: Document): number {
  const root = document.querySelector('body');
  if (!root) return 0;
  let removed = 0;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!el.isConnected || el.children.length < MIN_CARDS || !isTeaserList(el)) continue;
    el.remove();
    removed++;
  }
  return removed;
}

function isTeaserList(el: Element): boolean {
  if (el.querySelector('h1, [itemprop~="articleBody"]')) return false;
  const children = Array.from(el.children);
  const cards = children.filter(isCard).length;
  return cards >= MIN_CARDS && cards >= MIN_CARD_SHARE * children.length;
}

function isCard(child: Element): boolean {
  if (HEADING_TAG.test(child.tagName)) return false;
  const heading = child.querySelector(LINKED_HEADING);
  if (!heading || chars(heading) < MIN_TITLE_CHARS) return false;
  return chars(child) <= MAX_CARD_CHARS;
}

const chars = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
