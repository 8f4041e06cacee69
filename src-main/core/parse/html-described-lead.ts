// The standfirst found by the page's own summary: many publishers print the description they
// give in `<meta name="description">` / `og:description` under the headline, in a box named
// for nothing that says so (webdev: pcmag.com's `p.font-brand` in the page header,
// tell-review.de's `hero-text`), outside the container Readability takes for the body. A
// block right after the headline whose text is that description is the standfirst. Read
// before the page is cleaned, since such a header is cleaned away with the site's own.
import { BLOCK_SELECTOR, blocksHoldingBlocks, blockText, visibleText } from './html-blocks';

/** A description this short is a label, a kicker or a site slogan, not a story's summary (webdev: bka.de's 58-character kicker). */
const MIN_DESCRIPTION_CHARS = 70;
/** The standfirst sits among the first few blocks after the headline. */
const MAX_BLOCKS_AFTER_HEADLINE = 12;

/**
 * The texts of the blocks right after one of the page's `<h1>`s that together repeat the
 * page's description (one block, or a short post's few lines, webdev: gnaur.wordpress.com),
 * or null.
 */
export function describedLead(document: Document): string[] | null {
  const meta = document.querySelector('meta[property="og:description"], meta[name="description"]');
  const description = visibleText(meta?.getAttribute('content') ?? '');
  const root = document.querySelector('body');
  if (description.length < MIN_DESCRIPTION_CHARS || !root) return null;
  // Blocks since the last headline; the site's slogan before any headline does not count.
  // Only the few blocks after a headline are read, so a long page costs little more than a short one.
  let since = Infinity;
  let run: string[] = [];
  const elements = Array.from(root.querySelectorAll(`h1, ${BLOCK_SELECTOR}`));
  // A block holding another is read through the inner one; asking each block for one inside it compiled the selector each time.
  const holding = blocksHoldingBlocks(
    elements.filter((el) => el.tagName !== 'H1'),
    root,
  );
  for (const el of elements) {
    if (el.tagName === 'H1') [since, run] = [0, []];
    if (el.tagName === 'H1' || since >= MAX_BLOCKS_AFTER_HEADLINE || holding.has(el)) continue;
    since++;
    const text = blockText(el);
    if (!text) continue;
    if (description.startsWith([...run, text].join(' '))) run.push(text);
    else run = description.startsWith(text) ? [text] : [];
    if (run.join(' ') === description) return run;
  }
  return null;
}
