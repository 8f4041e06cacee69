// Plain text out of DOM blocks. Only text nodes are read, so no markup, attribute
// (`onerror=`), or URL (`javascript:`) can reach a record.
import { collapseWhitespace } from '../collapse-whitespace';

/** Elements whose text is body copy. Headings other than h1 are kept as their own paragraphs (standfirsts, subheads). */
export const BLOCK_SELECTOR = 'p, h2, h3, h4, h5, h6, blockquote, li, pre, td, th, dd, dt';

/** Elements never read as article text, whatever Readability makes of them. */
export const NON_CONTENT_TAGS: ReadonlySet<string> = new Set(
  // `rt` and `rp`: the reading aid over a ruby base (furigana), which the reader sees as small
  // print above the word, not as text after it (webdev: nhk.or.jp writes every kanji so).
  'script style noscript template nav header footer aside form button select textarea input iframe svg canvas object embed dialog menu rt rp'.split(
    ' ',
  ),
);
export const NON_CONTENT_SELECTOR = [...NON_CONTENT_TAGS].join(', ');

// Private-use character standing for a <br> while whitespace is collapsed.
const BREAK = '\uE000';

/**
 * The innermost blocks in document order: a <blockquote> holding <p>s yields the <p>s,
 * a bare <blockquote> yields itself. Each block marks the blocks above it as holding one,
 * stopping at the first already marked (whose own ancestors are marked then too): asking
 * every block for a block inside it cost work per block times its depth (audit finding 2).
 */
export function leafBlocks(root: Element): Element[] {
  const all = Array.from(root.querySelectorAll(BLOCK_SELECTOR));
  const holding = blocksHoldingBlocks(all, root);
  return all.filter((el) => !holding.has(el));
}

/** The blocks (all of root's, in document order) that hold another block below `root`. */
export function blocksHoldingBlocks(all: readonly Element[], root: Node): Set<Node> {
  const blocks = new Set<Node>(all);
  const holding = new Set<Node>();
  for (const block of all) {
    for (let up = block.parentNode; up && up !== root; up = up.parentNode) {
      if (!blocks.has(up)) continue;
      if (holding.has(up)) break;
      holding.add(up);
    }
  }
  return holding;
}

interface BlockMemo {
  paragraphs: WeakMap<Element, readonly string[]>;
  linkDensity: WeakMap<Element, { text: string; density: number }>;
}

// The memo of the innermost withBlockMemo call, or null outside one.
let memo: BlockMemo | null = null;

/**
 * Runs `read` with each block's paragraphs and link density computed once. The body choice
 * (html.ts) asks for the same blocks' text again and again (densestBlocks, proseChars,
 * recoverArticleBlocks, withThreadPosts, separateRelated): a sixth of a page's parse went to
 * collapsing the same text anew. Only for code that leaves the DOM unchanged, since a block
 * whose content changed would keep its old text.
 */
export function withBlockMemo<T>(read: () => T): T {
  const outer = memo;
  memo = { paragraphs: new WeakMap(), linkDensity: new WeakMap() };
  try {
    return read();
  } finally {
    memo = outer;
  }
}

/**
 * The text of one block, split where it has <br>s: al-akhbar and El Periódico pages separate
 * whole paragraphs with <br> inside a single <p>.
 */
export function blockParagraphs(block: Element): readonly string[] {
  const known = memo?.paragraphs.get(block);
  if (known) return known;
  const paragraphs = Object.freeze(
    textWithBreaks(block)
      .split(BREAK)
      .map(visibleText)
      .filter((p) => p.length > 0),
  );
  memo?.paragraphs.set(block, paragraphs);
  return paragraphs;
}

/** A block's paragraphs as one line. */
export function blockText(block: Element): string {
  return blockParagraphs(block).join(' ');
}

/** A node's text with BREAK for each <br>, leaving out non-content elements; walked without recursion, each text once. */
function textWithBreaks(start: Node): string {
  const parts: string[] = [];
  let node: Node | null = start;
  while (node) {
    let enter = false;
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toLowerCase();
      if (tag === 'br') parts.push(BREAK);
      else enter = !NON_CONTENT_TAGS.has(tag);
    }
    if (enter && node.firstChild) node = node.firstChild;
    else {
      while (node && node !== start && !node.nextSibling) node = node.parentNode;
      node = node && node !== start ? node.nextSibling : null;
    }
  }
  return parts.join('');
}

export function collapseSpaces(text: string): string {
  return collapseWhitespace(text).trim();
}

// Soft hyphens, zero-width spaces, word joiners and byte-order marks: marks the
// reader never sees, which split the words of a page that hyphenates its text for layout
// (webdev: weinkenner.de `Mit­tel­al­ter`, soundofscience.fr), so a search for the word missed it.
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;

/**
 * Text as the reader sees it: without invisible marks, in Unicode's composed form (NFC), and
 * with spaces collapsed. NFC because pages write the same letter either way (webdev: a Bengali
 * page's `য়` as one code point, U+09DF, where its readers type two).
 */
export function visibleText(text: string): string {
  return collapseSpaces(text.replace(INVISIBLE, '').normalize('NFC'));
}

/**
 * An element's own text without the text of <a> elements nested in it. linkedom does not
 * close an open <a> when the next one starts, so the self-closing `<a href=…/>` runs of
 * tgnews `<related>` blocks arrive nested inside each other.
 */
export function ownLinkText(anchor: Element): string {
  const parts = Array.from(anchor.childNodes, (child) => {
    if (child.nodeType === 3) return child.textContent ?? '';
    if (child.nodeType === 1 && (child as Element).tagName.toLowerCase() !== 'a') return textWithBreaks(child);
    return '';
  });
  return collapseSpaces(parts.join(' '));
}

/** Share of a block's text that sits inside links: near 1 for a list of related headlines. */
export function linkDensity(block: Element, text: string): number {
  if (!text) return 0;
  const known = memo?.linkDensity.get(block);
  if (known?.text === text) return known.density;
  const density = linkedShare(block, text);
  memo?.linkDensity.set(block, { text, density });
  return density;
}

function linkedShare(block: Element, text: string): number {
  // An `<a name>` without `href` is a target of links, not one (webdev: ndr.de anchors each question of a transcript so).
  const linked = Array.from(block.querySelectorAll('a[href]'), (a) => (a.textContent ?? '').replace(/\s/g, '')).join(
    '',
  );
  const all = text.replace(/\s/g, '');
  return all ? Math.min(1, linked.length / all.length) : 0;
}

const HEADING = /^H([2-6])$/;

/**
 * The blocks without a sub-head that heads nothing: one last in the article or followed by
 * a heading of its rank or above. Its section was a list of links or a box pruned before
 * (`Mehr zum Thema`, `Quellenangaben:`, `Teilnehmende Blogs:`; webdev), so it reads as a
 * stray label at the end of the story.
 */
export function withoutBareHeadings(blocks: Element[]): Element[] {
  return blocks.filter((block, i) => {
    const rank = HEADING.exec(block.tagName)?.[1];
    if (!rank) return true;
    const next = blocks[i + 1];
    if (!next) return false;
    const nextRank = HEADING.exec(next.tagName)?.[1];
    return !nextRank || nextRank > rank;
  });
}
